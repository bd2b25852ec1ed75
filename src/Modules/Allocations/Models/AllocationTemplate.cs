using Admin.Kernel.Data;
using Admin.Kernel.Security;

namespace Admin.Modules.Allocations.Models;

/// <summary>How a template splits: a fixed amount per card, or a share of a total given when it is applied.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TemplateMode>))]
public enum TemplateMode
{
    /// <summary>Each card gets its amount; the total is their sum.</summary>
    Amount,
    /// <summary>Each card gets its share (a positive weight) of the total given at application.</summary>
    Share,
}

/// <summary>
/// A customer's named pre-allocation split (客户预分模板): cards and an amount or share each, kept at the customer's outlet,
/// applied in one click. Edited with its version (a stale edit is 409); every change is audited.
/// </summary>
public sealed class AllocationTemplate : IOutletOwned, IVersioned
{
    public Guid Id { get; set; }
    /// <summary>The customer's outlet (templates are the customer's).</summary>
    public Guid OutletId { get; set; }
    public Guid CustomerId { get; set; }
    public string Name { get; set; } = "";
    public TemplateMode Mode { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
    public long Version { get; set; }
    public List<AllocationTemplateLine> Lines { get; set; } = [];

    /// <summary>
    /// The amount of each line for a total: amounts as kept (Amount mode), or the total split by share, rounded down to the
    /// fen, the fen left over going to the lines with the largest remainders (so the amounts always add up to the total).
    /// </summary>
    public IReadOnlyList<decimal> Split(decimal? total)
    {
        var lines = Lines.OrderBy(l => l.LineNo).ToList();
        if (Mode == TemplateMode.Amount)
        {
            return lines.Select(l => l.Value).ToList();
        }

        var fen = (long)Math.Round((total ?? 0m) * 100m);
        var weights = lines.Sum(l => l.Value);
        if (weights <= 0 || fen <= 0)
        {
            return lines.Select(_ => 0m).ToList();
        }

        var exact = lines.Select(l => fen * l.Value / weights).ToList();
        var floors = exact.Select(e => (long)Math.Floor(e)).ToArray();
        var left = fen - floors.Sum();
        foreach (var i in Enumerable.Range(0, lines.Count).OrderByDescending(i => exact[i] - floors[i]).ThenBy(i => i).Take((int)left))
        {
            floors[i]++;
        }

        return floors.Select(f => f / 100m).ToList();
    }
}

/// <summary>One card of a template: its amount (Amount mode) or share weight (Share mode).</summary>
public sealed class AllocationTemplateLine
{
    public Guid Id { get; set; }
    public Guid TemplateId { get; set; }
    public int LineNo { get; set; }
    public Guid CardId { get; set; }
    public string CardNumber { get; set; } = "";
    public decimal Value { get; set; }
}
