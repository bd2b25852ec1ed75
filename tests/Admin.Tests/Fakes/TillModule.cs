using System.Globalization;
using System.Text.Json;
using Admin.Kernel.Api;
using Admin.Kernel.Data;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Kernel.Reviews;
using Admin.Kernel.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Fakes.Till;

/// <summary>
/// A test-only counter task that uses the review gate the way real modules do: a till sale at a price other than the list
/// price fires the review point <c>Till.Override</c>; the sale and its authorisation record commit in one transaction.
/// Its table is made by <see cref="TillTable.EnsureAsync"/> (not part of the migrations).
/// </summary>
public sealed class TillModule : AdminModule
{
    public override string Id => "Till";
    public override string DisplayName => "Till";
    public override string Description => "A test-only counter task that calls the review gate.";
    public override IReadOnlyList<string> DependsOn => ["Reviews"];
    public override bool CanBeDisabled => false;
}

public sealed class TillPermissions : IPermissionProvider
{
    public const string Sell = "Till.Sell";

    public IEnumerable<Permission> GetPermissions() => [new(Sell, "Sell at the test till")];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
        [new(DefaultRoles.OutletOperator, [Sell]), new(DefaultRoles.Administrator, [Sell])];
}

public sealed class TillReviewPoints : IReviewPointProvider
{
    public const string Override = "Till.Override";

    public IEnumerable<ReviewPoint> GetReviewPoints() =>
    [
        new(Override, "A till sale at a price other than the list price") { Parameters = [new("tolerance", "Difference allowed without review", "0.00")] },
    ];
}

public static class TillTable
{
    public static Task EnsureAsync(AdminDbContext db) => db.Database.ExecuteSqlRawAsync("""
        CREATE TABLE IF NOT EXISTS "Till_Sales" ("Id" varchar(36) PRIMARY KEY, "OutletId" varchar(36) NOT NULL, "Item" varchar(64) NOT NULL, "Price" varchar(20) NOT NULL)
        """);
}

public sealed record TillReview(string? LoginName, string? Password);

public sealed record TillSale(string? Item, decimal ListPrice, decimal Price, TillReview? Review, bool FailAfterRecord = false);

[Route("api/till/sales")]
[RequirePermission(TillPermissions.Sell)]
public sealed class TillApiController(AdminDbContext db, IReviewGate gate, IReviewPoints points, ICurrentOperator current) : AdminApiController
{
    /// <summary>Sells an item; a price differing from the list price needs a review. Permission: Till.Sell.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Sell(TillSale sale, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(sale.Item))
        {
            return Problem(OperationResult.Invalid(new OperationError("field.required", "Enter the item.", "item")));
        }

        var tolerance = decimal.Parse(await points.GetParameterAsync(TillReviewPoints.Override, "tolerance", ct), CultureInfo.InvariantCulture);
        var reasons = Math.Abs(sale.Price - sale.ListPrice) > tolerance
            ? new[] { new ReviewReason(TillReviewPoints.Override, "sold at {0}, list price {1}: {2}", Money(sale.Price), Money(sale.ListPrice), sale.Item) }
            : [];
        var summary = JsonSerializer.Serialize(new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["item"] = sale.Item, ["listPrice"] = Money(sale.ListPrice), ["price"] = Money(sale.Price),
        });
        var outlet = current.OutletId!.Value;
        var decision = await gate.CheckAsync(new ReviewRequest("Till.Sale", outlet,
            reasons, summary, sale.Review is null ? null : new ReviewCredentials(sale.Review.LoginName, sale.Review.Password)), ct);
        if (!decision.MayProceed)
        {
            return Problem(decision.Failure!);
        }

        var id = Guid.NewGuid().ToString("D");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Till_Sales" ("Id", "OutletId", "Item", "Price") VALUES ({id}, {outlet.ToString("D")}, {sale.Item}, {Money(sale.Price)})""", ct);
        if (decision.Grant is { } grant)
        {
            await gate.RecordGrantAsync(grant, id, ct);
        }

        await db.SaveChangesAsync(ct);
        if (sale.FailAfterRecord)
        {
            await tx.RollbackAsync(ct);
            return Problem(OperationResult.Conflict(new OperationError("till.failed", "The till failed after recording.")));
        }

        await tx.CommitAsync(ct);
        return Created($"/api/till/sales/{id}", new { id, reviewed = decision.Grant is not null });
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

public sealed class TillTexts : Admin.Kernel.Localization.ITextProvider
{
    public string Culture => Admin.Kernel.Localization.AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        ["Till"] = "测试收银台",
        ["A test-only counter task that calls the review gate."] = "仅供测试的柜面业务：调用复核授权。",
        ["Sell at the test till"] = "在测试收银台销售",
        ["A till sale at a price other than the list price"] = "售价与标价不同的销售",
        ["Difference allowed without review"] = "无需复核的允许差额",
        ["sold at {0}, list price {1}: {2}"] = "售价 {0}，标价 {1}：{2}",
    };
}
