using Admin.Modules.Counter.Contracts;

namespace Admin.Modules.Counter.Services;

/// <summary>Looks up visible customers for counter tasks, this module's and others'.</summary>
internal sealed class CustomerDirectory(CustomerQuery query) : ICustomerDirectory
{
    /// <summary>Most matches the customer box lists.</summary>
    public const int PickLimit = 20;

    public async Task<CustomerInfo?> FindAsync(Guid id, CancellationToken ct = default) => Info(await query.FindAsync(id, ct));

    public async Task<IReadOnlyList<CustomerInfo>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        (await query.FindManyAsync(ids, ct)).Select(c => Info(c)!).ToList();

    public async Task<CustomerInfo?> FindByCodeAsync(string code, CancellationToken ct = default) => Info(await query.FindByCodeAsync(code, ct));

    public async Task<CustomerPick> PickAsync(string? search, string? code, CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            return new CustomerPick(await FindByCodeAsync(code.Trim(), ct), [], false);
        }

        if (string.IsNullOrWhiteSpace(search))
        {
            return CustomerPick.None;
        }

        var found = await query.ListAsync(search, null, PickLimit, ct);
        var matches = found.Succeeded ? found.Value!.Items.Select(c => Info(c)!).ToList() : [];
        return new CustomerPick(matches.Count == 1 ? matches[0] : null, matches, true);
    }

    private static CustomerInfo? Info(CustomerView? c) =>
        c is null ? null : new CustomerInfo(c.Id, c.Code, c.Type.ToString(), c.Name, c.IdType.ToString(), c.IdNumber, c.Phone, c.OutletId, c.Balance, c.Status.ToString());
}
