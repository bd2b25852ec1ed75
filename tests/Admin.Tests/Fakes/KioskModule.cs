using System.Net;
using Admin.Kernel.Api;
using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Idempotency;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Ledger.Contracts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Tests.Fakes.Kiosk;

/// <summary>
/// A test-only money task that posts through the ledger the way the coming tasks will: one transaction
/// (<see cref="TaskTransaction"/>), an idempotency key (<see cref="IdempotentAttribute"/>), the posting and an audit record.
/// A top-up debits the operator's till and credits the customer's account; a spend debits the customer's account and
/// credits fee income (so it is refused when the account would go below zero).
/// </summary>
public sealed class KioskModule : AdminModule
{
    public override string Id => "Kiosk";
    public override string DisplayName => "Kiosk";
    public override string Description => "A test-only money task that posts through the ledger with an idempotency key.";
    public override IReadOnlyList<string> DependsOn => ["Ledger"];
    public override bool CanBeDisabled => false;

    public override void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddScoped<KioskTasks>(services);
}

public sealed class KioskPermissions : IPermissionProvider
{
    public const string Pay = "Kiosk.Pay";

    public IEnumerable<Permission> GetPermissions() => [new(Pay, "Pay in and out at the test kiosk")];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
        [new(DefaultRoles.OutletOperator, [Pay]), new(DefaultRoles.Administrator, [Pay])];
}

public sealed record KioskPayment(Guid? Customer, decimal? Amount, string? Method);

public sealed record KioskReceipt(long EntryId, decimal Balance);

/// <summary>What both the API and the screen run.</summary>
public sealed class KioskTasks(TaskTransaction tasks, ILedger ledger, IAuditTrail audit, ICurrentOperator current)
{
    public Task<OperationResult<KioskReceipt>> TopUpAsync(KioskPayment payment, CancellationToken ct) =>
        RunAsync(payment, "Kiosk.TopUp", (customer, outlet, amount) =>
        [
            PostingLine.Debit(AccountRef.Till(current.OperatorId ?? Guid.Empty, outlet, payment.Method ?? "Cash"), amount),
            PostingLine.Credit(customer, amount),
        ], ct);

    public Task<OperationResult<KioskReceipt>> SpendAsync(KioskPayment payment, CancellationToken ct) =>
        RunAsync(payment, "Kiosk.Spend", (customer, outlet, amount) =>
        [
            PostingLine.Debit(customer, amount),
            PostingLine.Credit(AccountRef.OfOutlet(AccountKind.FeeIncome, outlet), amount),
        ], ct);

    private Task<OperationResult<KioskReceipt>> RunAsync(KioskPayment payment, string task, Func<AccountRef, Guid, decimal, PostingLine[]> lines, CancellationToken ct)
    {
        if (payment.Customer is not { } customerId || customerId == Guid.Empty || payment.Amount is not { } amount)
        {
            return Task.FromResult(OperationResult<KioskReceipt>.Invalid(new OperationError("kiosk.input", "Enter the customer and the amount.", "customer")));
        }

        var outlet = current.OutletId ?? Guid.Empty;
        var customer = AccountRef.Customer(customerId, outlet);
        return tasks.RunAsync(async token =>
        {
            var taskId = Guid.NewGuid().ToString("N");
            var posted = await ledger.PostAsync(new Posting(task, taskId, outlet, task, lines(customer, outlet, amount)), token);
            if (!posted.Succeeded)
            {
                return OperationResult<KioskReceipt>.From(posted);
            }

            audit.Record(new AuditRecord("Kiosk", task, "Customer", customerId.ToString("D"), null, new { amount }));
            return OperationResult<KioskReceipt>.Success(new KioskReceipt(posted.Value!.EntryId, posted.Value.BalancesAfter[customer]));
        }, ct);
    }
}

[Route("api/kiosk")]
[RequirePermission(KioskPermissions.Pay)]
public sealed class KioskApiController(KioskTasks kiosk) : AdminApiController
{
    /// <summary>Tops up a customer's account. Needs an Idempotency-Key. Permission: Kiosk.Pay.</summary>
    [HttpPost("top-ups")]
    [Idempotent]
    public async Task<IActionResult> TopUp(KioskPayment payment, CancellationToken ct)
    {
        var result = await kiosk.TopUpAsync(payment, ct);
        return result.Succeeded ? Created($"/api/kiosk/entries/{result.Value!.EntryId}", result.Value) : Problem(result);
    }

    /// <summary>Spends from a customer's account. Needs an Idempotency-Key. Permission: Kiosk.Pay.</summary>
    [HttpPost("spends")]
    [Idempotent]
    public async Task<IActionResult> Spend(KioskPayment payment, CancellationToken ct)
    {
        var result = await kiosk.SpendAsync(payment, ct);
        return result.Succeeded ? Created($"/api/kiosk/entries/{result.Value!.EntryId}", result.Value) : Problem(result);
    }
}

/// <summary>The same top-up on a screen: a form with the hidden idempotency field, post/redirect/get.</summary>
[Route("kiosk")]
[RequirePermission(KioskPermissions.Pay)]
public sealed class KioskController(KioskTasks kiosk, IAntiforgery antiforgery) : Controller
{
    [HttpGet("")]
    public IActionResult Form()
    {
        var token = antiforgery.GetAndStoreTokens(HttpContext).RequestToken;
        var key = Guid.NewGuid().ToString("N");
        return Content($"""
            <form method="post" action="/kiosk"><input name="__RequestVerificationToken" type="hidden" value="{WebUtility.HtmlEncode(token)}" />
            <input type="hidden" name="{RequestIdempotency.FormField}" value="{key}" /></form>
            """, "text/html");
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> TopUp(Guid? customer, decimal? amount, CancellationToken ct)
    {
        var result = await kiosk.TopUpAsync(new KioskPayment(customer, amount, "Cash"), ct);
        return result.Succeeded ? Redirect($"/kiosk/receipts/{result.Value!.EntryId}") : BadRequest();
    }
}

public sealed class KioskTexts : Admin.Kernel.Localization.ITextProvider
{
    public string Culture => Admin.Kernel.Localization.AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        ["Kiosk"] = "测试收款机",
        ["A test-only money task that posts through the ledger with an idempotency key."] = "仅供测试的资金业务：带幂等键经总账记账。",
        ["Pay in and out at the test kiosk"] = "在测试收款机收付款",
        ["Enter the customer and the amount."] = "请输入客户和金额。",
    };
}

public sealed class KioskAuditActions : Admin.Kernel.Audit.ModuleAuditActions
{
    protected override string? Module => "Kiosk";

    protected override IEnumerable<(string Action, string English, string Chinese)> Actions =>
    [
        ("Kiosk.TopUp", "Test kiosk top-up", "测试收款机充值"),
        ("Kiosk.Spend", "Test kiosk payment", "测试收款机付款"),
    ];
}
