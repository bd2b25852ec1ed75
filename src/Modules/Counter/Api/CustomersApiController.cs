using Admin.Kernel.Api;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Counter.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Counter.Api;

/// <summary>A customer. <c>type</c>: Individual, Company; <c>idType</c>: ResidentId, Passport, HongKongMacaoPermit, TaiwanPermit, BusinessLicence, Other; <c>status</c>: Active, Suspended, Closed.</summary>
public sealed record CustomerDto(
    Guid Id, string Code, string Type, string Name, string IdType, string IdNumber, string? Phone, string? Address,
    string Outlet, decimal Balance, string Status, DateTime CreatedAt, string Version);

/// <summary>A new customer; <c>outlet</c> (outlet code) is needed from head office only, an outlet operator registers at their own.</summary>
public sealed record CustomerCreateRequest(string? Type, string? Name, string? IdType, string? IdNumber, string? Phone, string? Address, string? Outlet);

/// <summary>Every editable field of a customer and the version that was read.</summary>
public sealed record CustomerUpdateRequest(string? Type, string? Name, string? IdType, string? IdNumber, string? Phone, string? Address, string? Status, string? Version);

/// <summary>One row of a customer's balance history.</summary>
public sealed record BalanceEntryDto(DateTime At, decimal Amount, decimal BalanceAfter, string Reason, string? Reference, string? Operator);

[Route("api/customers")]
public sealed class CustomersApiController(CustomerQuery query, CustomerService customers) : AdminApiController
{
    /// <summary>Customers by code, keyset-paged; <c>search</c> matches the start of the code, ID number or phone, or part of the name. Permission: Counter.ViewCustomers.</summary>
    [HttpGet("")]
    [RequirePermission(CounterPermissions.ViewCustomers)]
    [ProducesResponseType<Page<CustomerDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? search, string? after, int? limit, CancellationToken ct)
    {
        var result = await query.ListAsync(search, after, limit, ct);
        return result.Succeeded ? Ok(new Page<CustomerDto>(result.Value!.Items.Select(ToDto).ToList(), result.Value.Next)) : Problem(result);
    }

    /// <summary>The matching customers as CSV (UTF-8 with BOM). Permission: Counter.ViewCustomers.</summary>
    [HttpGet("export.csv")]
    [RequirePermission(CounterPermissions.ViewCustomers)]
    [Produces("text/csv")]
    public async Task<IActionResult> Export(string? search, CancellationToken ct)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        await CustomerCsv.WriteAsync(Response.Body, query.Stream(search), await Kernel.Time.LocalTimes.OffsetAsync(HttpContext), ct);
        return new EmptyResult();
    }

    /// <summary>One customer with its <c>version</c>; another outlet's customer is 404. Permission: Counter.ViewCustomers.</summary>
    [HttpGet("{id:guid}")]
    [RequirePermission(CounterPermissions.ViewCustomers)]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(Guid id, CancellationToken ct) =>
        await query.FindAsync(id, ct) is { } c ? Ok(ToDto(c)) : Problem(OperationResult.NotFound(CounterErrors.CustomerNotFound()));

    /// <summary>A customer's balance history, newest first (the balance is their sum). Permission: Counter.ViewCustomers.</summary>
    [HttpGet("{id:guid}/balance-history")]
    [RequirePermission(CounterPermissions.ViewCustomers)]
    [ProducesResponseType<IReadOnlyList<BalanceEntryDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> History(Guid id, CancellationToken ct)
    {
        if (await query.FindAsync(id, ct) is null)
        {
            return Problem(OperationResult.NotFound(CounterErrors.CustomerNotFound()));
        }

        return Ok((await query.HistoryAsync(id, ct)).Select(e => new BalanceEntryDto(e.At, e.Amount, e.BalanceAfter, e.Reason, e.Reference, e.OperatorLogin)).ToList());
    }

    /// <summary>Registers a customer (a resident ID number's check character is verified); answers 201 with its Location. Permission: Counter.ManageCustomers.</summary>
    [HttpPost("")]
    [RequirePermission(CounterPermissions.ManageCustomers)]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(CustomerCreateRequest request, CancellationToken ct)
    {
        var result = await customers.CreateAsync(new CustomerFields(request.Type, request.Name, request.IdType, request.IdNumber, request.Phone, request.Address, request.Outlet), ct);
        if (!result.Succeeded)
        {
            return Problem(result);
        }

        var created = await query.FindAsync(result.Value!.Id, ct);
        return Created(Url.Content($"~/api/customers/{result.Value.Id}"), ToDto(created!));
    }

    /// <summary>Changes a customer; send the <c>version</c> you read (a stale one answers 409 with the current version). Permission: Counter.ManageCustomers.</summary>
    [HttpPut("{id:guid}")]
    [RequirePermission(CounterPermissions.ManageCustomers)]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(Guid id, CustomerUpdateRequest request, CancellationToken ct)
    {
        var result = await customers.UpdateAsync(id, new CustomerFields(request.Type, request.Name, request.IdType, request.IdNumber, request.Phone, request.Address, null, request.Status), request.Version, ct);
        return result.Succeeded ? Ok(ToDto((await query.FindAsync(id, ct))!)) : Problem(result);
    }

    internal static CustomerDto ToDto(CustomerView c) =>
        new(c.Id, c.Code, c.Type.ToString(), c.Name, c.IdType.ToString(), c.IdNumber, c.Phone, c.Address, c.OutletCode, c.Balance, c.Status.ToString(), c.CreatedAt, Versions.Format(c.Version));
}
