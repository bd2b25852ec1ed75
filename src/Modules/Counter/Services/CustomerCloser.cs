using Admin.Kernel.Data;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

internal sealed class CustomerCloser(AdminDbContext db) : ICustomerClosing
{
    public async Task<bool> CloseAsync(Guid customerId, CancellationToken ct = default)
    {
        var customer = await db.Set<Customer>().SingleOrDefaultAsync(c => c.Id == customerId, ct);
        if (customer is null || customer.Status == CustomerStatus.Closed)
        {
            return false;
        }

        customer.Status = CustomerStatus.Closed;
        return true;
    }
}
