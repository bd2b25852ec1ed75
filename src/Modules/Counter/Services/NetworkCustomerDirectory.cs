using Admin.Kernel.Data;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>Customers of every outlet, unscoped on purpose: only for the tasks served at any outlet (see <see cref="INetworkCustomers"/>).</summary>
internal sealed class NetworkCustomerDirectory(AdminDbContext db) : INetworkCustomers
{
    public Task<CustomerInfo?> FindAsync(Guid id, CancellationToken ct = default) => Project(db.Set<Customer>().AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(ct);

    public Task<CustomerInfo?> FindByCodeAsync(string code, CancellationToken ct = default) =>
        Project(db.Set<Customer>().AsNoTracking().Where(c => c.Code == code)).FirstOrDefaultAsync(ct);

    private static IQueryable<CustomerInfo?> Project(IQueryable<Customer> query) =>
        query.Select(c => (CustomerInfo?)new CustomerInfo(c.Id, c.Code, c.Type.ToString(), c.Name, c.IdType.ToString(), c.IdNumber, c.Phone, c.OutletId, 0m, c.Status.ToString()));
}
