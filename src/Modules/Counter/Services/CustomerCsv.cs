using Admin.Kernel.Csv;
using Admin.Kernel.Money;

namespace Admin.Modules.Counter.Services;

/// <summary>The customer export's columns.</summary>
internal static class CustomerCsv
{
    public static readonly IReadOnlyList<string> Columns = ["code", "type", "name", "idType", "idNumber", "phone", "address", "outlet", "balance", "status", "createdAt"];

    /// <summary>Writes customers as CSV (UTF-8 with BOM).</summary>
    /// <remarks>Instants are local time with the offset (ISO 8601).</remarks>
    public static Task WriteAsync(Stream body, IAsyncEnumerable<CustomerView> customers, TimeSpan offset, CancellationToken ct) =>
        Csv.WriteAsync(body, Columns, customers.Select(c => (IEnumerable<string?>)
        [
            c.Code, c.Type.ToString(), c.Name, c.IdType.ToString(), c.IdNumber, c.Phone, c.Address, c.OutletCode, Money.Format(c.Balance),
            c.Status.ToString(), Kernel.Time.LocalTimes.Iso(c.CreatedAt, offset),
        ]), ct);
}
