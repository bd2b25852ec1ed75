using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Models;
using Admin.Modules.Dictionaries.Contracts;
using Admin.Modules.Outlets.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>A customer's fields as a form or the API sends them (text; parsed by <see cref="CustomerService.Parse"/>).</summary>
public sealed record CustomerFields(string? Type, string? Name, string? IdType, string? IdNumber, string? Phone, string? Address, string? Outlet, string? Status = null);

/// <summary>Parsed, checked customer fields.</summary>
public sealed record CustomerInput(CustomerType Type, string Name, IdDocumentType IdType, string IdNumber, string? Phone, string? Address, string? Outlet, CustomerStatus? Status);

/// <summary>Creates and changes customers (audited), scoped to what the caller may see.</summary>
public sealed class CustomerService(
    AdminDbContext db, IAuditTrail audit, TimeProvider clock, OutletScope scope, ICurrentOperator current, IOutletDirectory outlets, OutletSequences sequences, IDictionaries dictionaries)
{
    /// <summary>Parses and checks fields that need no other row; the resident ID number's check character is verified.</summary>
    public static OperationResult<CustomerInput> Parse(CustomerFields f)
    {
        var errors = new List<OperationError>();
        CustomerType? type = Enum.TryParse<CustomerType>(f.Type?.Trim(), true, out var t) && Enum.IsDefined(t) ? t : null;
        if (type is null)
        {
            errors.Add(CounterErrors.CustomerTypeRequired());
        }

        if (string.IsNullOrWhiteSpace(f.Name))
        {
            errors.Add(CounterErrors.NameRequired());
        }

        void Max(string? value, string field, int max)
        {
            if (value?.Trim().Length > max)
            {
                errors.Add(CounterErrors.TooLong(field, max));
            }
        }

        Max(f.Name, "name", 100);
        Max(f.Phone, "phone", 30);
        Max(f.Address, "address", 200);
        IdDocumentType? idType = Enum.TryParse<IdDocumentType>(f.IdType?.Trim(), true, out var it) && Enum.IsDefined(it) ? it : null;
        var idNumber = (f.IdNumber ?? "").Trim();
        if (idType is null)
        {
            errors.Add(CounterErrors.IdTypeRequired());
        }
        else if (idNumber.Length == 0)
        {
            errors.Add(CounterErrors.IdNumberRequired());
        }
        else if (idType == IdDocumentType.ResidentId)
        {
            var problem = ResidentId.Check(idNumber, out idNumber);
            switch (problem)
            {
                case ResidentId.Problem.Length: errors.Add(CounterErrors.ResidentIdLength()); break;
                case ResidentId.Problem.Characters: errors.Add(CounterErrors.ResidentIdCharacters()); break;
                case ResidentId.Problem.BirthDate: errors.Add(CounterErrors.ResidentIdBirthDate()); break;
                case ResidentId.Problem.CheckCharacter: errors.Add(CounterErrors.ResidentIdCheck(ResidentId.CheckCharacter(idNumber))); break;
            }
        }
        else
        {
            idNumber = idNumber.ToUpperInvariant();
            Max(idNumber, "idNumber", 30);
        }

        if (!string.IsNullOrWhiteSpace(f.Phone) && !f.Phone.Trim().All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-'))
        {
            errors.Add(CounterErrors.PhoneInvalid());
        }

        CustomerStatus? status = null;
        if (!string.IsNullOrWhiteSpace(f.Status))
        {
            if (Enum.TryParse<CustomerStatus>(f.Status.Trim(), true, out var s) && Enum.IsDefined(s))
            {
                status = s;
            }
            else
            {
                errors.Add(CounterErrors.StatusInvalid());
            }
        }

        return errors.Count > 0
            ? OperationResult<CustomerInput>.Invalid([.. errors])
            : OperationResult<CustomerInput>.Success(new CustomerInput(type!.Value, f.Name!.Trim(), idType!.Value, idNumber, Clean(f.Phone), Clean(f.Address), Clean(f.Outlet), status));
    }

    /// <summary>Registers a customer with a new code (outlet code + six digits). An outlet operator registers at their own outlet.</summary>
    public async Task<OperationResult<Customer>> CreateAsync(CustomerFields fields, CancellationToken ct = default)
    {
        var parsed = await ParseAsync(fields, null, ct);
        if (!parsed.Succeeded)
        {
            return OperationResult<Customer>.From(parsed);
        }

        var input = parsed.Value!;
        var outlet = await ResolveOutletAsync(input.Outlet, ct);
        if (!outlet.Succeeded)
        {
            return OperationResult<Customer>.From(outlet);
        }

        var at = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = await sequences.NextAsync(outlet.Value!.Id, OutletSequences.Customers, ct);
        var customer = new Customer
        {
            Id = Guid.NewGuid(),
            Code = $"{outlet.Value.Code}{number:D6}",
            OutletId = outlet.Value.Id,
            OutletCode = outlet.Value.Code,
            Status = input.Status ?? CustomerStatus.Active,
            CreatedAt = at,
        };
        Apply(customer, input);
        db.Add(customer);
        audit.Record(new AuditRecord(CounterModule.ModuleId, "Customer.Create", nameof(Customer), customer.Code, null, Snapshot(customer)) { OutletId = customer.OutletId, OutletCode = customer.OutletCode });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return OperationResult<Customer>.Success(customer);
    }

    /// <summary>
    /// Registers a customer inside the caller's transaction (a counter task that registers its customer), at the caller's
    /// outlet: adds the row and its audit record to the unit of work without saving.
    /// </summary>
    public async Task<OperationResult<Customer>> AddInTaskAsync(CustomerFields fields, CancellationToken ct = default)
    {
        var parsed = await ParseAsync(fields with { Outlet = null, Status = null }, null, ct);
        if (!parsed.Succeeded)
        {
            return OperationResult<Customer>.From(parsed);
        }

        var outlet = await ResolveOutletAsync(null, ct);
        if (!outlet.Succeeded)
        {
            return OperationResult<Customer>.From(outlet);
        }

        var number = await sequences.NextAsync(outlet.Value!.Id, OutletSequences.Customers, ct);
        var customer = new Customer
        {
            Id = Guid.NewGuid(), Code = $"{outlet.Value.Code}{number:D6}", OutletId = outlet.Value.Id, OutletCode = outlet.Value.Code,
            Status = CustomerStatus.Active, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Apply(customer, parsed.Value!);
        db.Add(customer);
        audit.Record(new AuditRecord(CounterModule.ModuleId, "Customer.Create", nameof(Customer), customer.Code, null, Snapshot(customer)) { OutletId = customer.OutletId, OutletCode = customer.OutletCode });
        return OperationResult<Customer>.Success(customer);
    }

    /// <summary>Changes a visible customer's fields (not the code, outlet or balance); a stale version is a 409 naming the current one.</summary>
    public async Task<OperationResult<Customer>> UpdateAsync(Guid id, CustomerFields fields, string? version, CancellationToken ct = default)
    {
        var customer = await scope.Apply(db.Set<Customer>()).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null)
        {
            return OperationResult<Customer>.NotFound(CounterErrors.CustomerNotFound());
        }

        var parsed = await ParseAsync(fields, customer.IdType, ct);
        if (!parsed.Succeeded)
        {
            return OperationResult<Customer>.From(parsed);
        }

        if (Versions.Expect(db, customer, version) is { } stale)
        {
            return OperationResult<Customer>.From(stale);
        }

        var before = Snapshot(customer);
        Apply(customer, parsed.Value!);
        if (parsed.Value!.Status is { } status)
        {
            customer.Status = status;
        }

        if (db.Entry(customer).State == EntityState.Unchanged)
        {
            return OperationResult<Customer>.Success(customer);
        }

        audit.Record(new AuditRecord(CounterModule.ModuleId, "Customer.Update", nameof(Customer), customer.Code, before, Snapshot(customer)) { OutletId = customer.OutletId, OutletCode = customer.OutletCode });
        return await Versions.SaveAsync(db, customer, ct) is { } conflict
            ? OperationResult<Customer>.From(conflict)
            : OperationResult<Customer>.Success(customer);
    }

    /// <summary>
    /// <see cref="Parse"/>, and the document type checked against head office's dictionary (证件类型): a type head office
    /// deactivated is refused beside the field with the others, unless the customer already has it (<paramref name="kept"/>).
    /// </summary>
    private async Task<OperationResult<CustomerInput>> ParseAsync(CustomerFields fields, IdDocumentType? kept, CancellationToken ct)
    {
        var parsed = Parse(fields);
        var idType = Enum.TryParse<IdDocumentType>(fields.IdType?.Trim(), true, out var it) && Enum.IsDefined(it) ? it : (IdDocumentType?)null;
        if (idType is null || idType == kept
            || await dictionaries.CheckAsync(DictionaryKinds.IdDocumentTypes, idType.Value.ToString(), "idType", ct) is not { } error)
        {
            return parsed;
        }

        return OperationResult<CustomerInput>.Invalid([.. parsed.Errors, error]);
    }

    private async Task<OperationResult<OutletInfo>> ResolveOutletAsync(string? code, CancellationToken ct)
    {
        if (!scope.SeesAllOutlets)
        {
            var own = current.OutletId is { } id ? await outlets.FindAsync(id, ct) : null;
            if (own is null)
            {
                return OperationResult<OutletInfo>.Invalid(CounterErrors.OutletRequired());
            }

            return code is null || code == own.Code
                ? OperationResult<OutletInfo>.Success(own)
                : OperationResult<OutletInfo>.Invalid(CounterErrors.OtherOutlet());
        }

        if (code is null)
        {
            return OperationResult<OutletInfo>.Invalid(CounterErrors.OutletRequired());
        }

        var outlet = await outlets.FindByCodeAsync(code, ct);
        return outlet is null
            ? OperationResult<OutletInfo>.Invalid(CounterErrors.OutletUnknown(code))
            : OperationResult<OutletInfo>.Success(outlet);
    }

    private static void Apply(Customer c, CustomerInput input)
    {
        c.Type = input.Type;
        c.Name = input.Name;
        c.IdType = input.IdType;
        c.IdNumber = input.IdNumber;
        c.Phone = input.Phone;
        c.Address = input.Address;
    }

    /// <summary>What the audit trail keeps of a customer.</summary>
    internal static object Snapshot(Customer c) => new
    {
        c.Code, Type = c.Type.ToString(), c.Name, IdType = c.IdType.ToString(), c.IdNumber, c.Phone, c.Address, Outlet = c.OutletCode, Status = c.Status.ToString(),
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
