using System.Net.Http.Json;
using System.Text.Json;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Modules.Ledger.Contracts;
using Admin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Ledger;

/// <summary>Posting from tests exactly as a task does: one scope, one <see cref="TaskTransaction"/>, the ledger inside it.</summary>
internal static class LedgerKit
{
    /// <summary>Posts in a task transaction of its own scope.</summary>
    public static Task<OperationResult<PostedEntry>> PostAsync(this AdminAppFactory app, Posting posting) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<TaskTransaction>().RunAsync(ct => sp.GetRequiredService<ILedger>().PostAsync(posting, ct)));

    /// <summary>An entry debiting one account and crediting another.</summary>
    public static Posting Move(AccountRef debit, AccountRef credit, decimal amount, string task = "Test.Move") =>
        new(task, Guid.NewGuid().ToString("N"), debit.OutletId, "test move", [PostingLine.Debit(debit, amount), PostingLine.Credit(credit, amount)]);

    /// <summary>A balance as the ledger caches it.</summary>
    public static Task<decimal> BalanceAsync(this AdminAppFactory app, AccountRef account) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<ILedger>().BalanceAsync(account));

    /// <summary>Asserts the whole ledger verifies (through the API, as head office) and the trial balance nets to zero.</summary>
    public static async Task AssertIntactAsync(this AdminAppFactory app, HttpClient admin)
    {
        var verify = await admin.GetFromJsonAsync<JsonElement>("/api/ledger/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean(), "The ledger has findings: " + verify.GetProperty("findings"));
        var trial = await admin.GetFromJsonAsync<JsonElement>("/api/ledger/trial-balance");
        Assert.Equal(0m, trial.GetProperty("net").GetDecimal());
        Assert.True(trial.GetProperty("balanced").GetBoolean());
    }

    /// <summary>A customer's balance as screens show it: the ledger position over Customer and Receivable.</summary>
    public static Task<decimal> CustomerBalanceAsync(this AdminAppFactory app, Guid customerId) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<ILedgerReader>()
            .PositionsAsync([AccountKind.Customer, AccountKind.Receivable], [customerId])).GetValueOrDefault(customerId));

    /// <summary>The sum of a customer's balance history as the ledger answers it (every change, not only the latest 100).</summary>
    public static Task<decimal> CustomerHistorySumAsync(this AdminAppFactory app, Guid customerId) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<ILedgerReader>()
            .HistoryAsync([AccountKind.Customer, AccountKind.Receivable], customerId, int.MaxValue)).Sum(e => e.Amount));

    /// <summary>The id of the customer with this code.</summary>
    public static Task<Guid> CustomerIdAsync(this AdminAppFactory app, string code) =>
        app.WithDbAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            System.Linq.Queryable.Select(System.Linq.Queryable.Where(d.Set<Admin.Modules.Counter.Models.Customer>(), c => c.Code == code), c => c.Id)));

    /// <summary>A fresh outlet id (the ledger takes outlet ids as opaque; the API tests use real outlets).</summary>
    public static Guid NewOutlet() => Guid.NewGuid();
}
