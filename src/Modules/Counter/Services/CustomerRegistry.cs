using Admin.Kernel.Results;
using Admin.Modules.Counter.Contracts;

namespace Admin.Modules.Counter.Services;

internal sealed class CustomerRegistry(CustomerService customers) : ICustomerRegistry
{
    public OperationResult Check(NewCustomer c)
    {
        var parsed = CustomerService.Parse(Fields(c));
        return parsed.Succeeded ? OperationResult.Success() : parsed;
    }

    public async Task<OperationResult<CustomerInfo>> AddAsync(NewCustomer c, CancellationToken ct = default)
    {
        var added = await customers.AddInTaskAsync(Fields(c), ct);
        if (!added.Succeeded)
        {
            return OperationResult<CustomerInfo>.From(added);
        }

        var x = added.Value!;
        // A customer registered in this task has no money yet.
        return OperationResult<CustomerInfo>.Success(new CustomerInfo(x.Id, x.Code, x.Type.ToString(), x.Name, x.IdType.ToString(), x.IdNumber, x.Phone, x.OutletId, 0m, x.Status.ToString()));
    }

    private static CustomerFields Fields(NewCustomer c) => new(c.Type, c.Name, c.IdType, c.IdNumber, c.Phone, c.Address, null);
}
