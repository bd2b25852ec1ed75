using Admin.Kernel.Data;
using Admin.Kernel.Security;

namespace Admin.Modules.CustomerAccounts.Models;

/// <summary>
/// A company customer's credit rating (客户信誉度), given by head office: the grade and the limit up to which the customer's
/// cheques are credited before they clear. One row per rated customer; its row is also the lock that orders the receipts
/// counting the exposure and the changes of the limit.
/// </summary>
public sealed class CreditRating : IVersioned, IOutletOwned
{
    /// <summary>The grades, best first.</summary>
    public static readonly IReadOnlyList<string> Grades = ["AAA", "AA", "A", "B", "C"];

    public Guid CustomerId { get; set; }
    public string CustomerCode { get; set; } = "";
    public string CustomerName { get; set; } = "";
    public Guid OutletId { get; set; }
    public string Rating { get; set; } = "";
    public decimal Limit { get; set; }
    public DateTime SetAt { get; set; }
    public string? SetBy { get; set; }
    public long Version { get; set; }
}
