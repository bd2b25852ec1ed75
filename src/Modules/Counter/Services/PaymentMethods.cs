using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Admin.Kernel.Security;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>A payment method as screens and the API show it.</summary>
public sealed record PaymentMethodView(string Code, string NameEn, string NameZh, bool Enabled, int SortOrder, long Version)
{
    /// <summary>The name in the current UI language.</summary>
    public string Name => System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NameZh : NameEn;
}

/// <summary>Payment methods (收款方式维护): head office enables and disables them (audited).</summary>
public sealed class PaymentMethods(AdminDbContext db, IAuditTrail audit, OutletScope scope) : Contracts.IPaymentMethodDirectory
{
    /// <inheritdoc />
    public Task<bool> IsEnabledAsync(string code, CancellationToken ct = default) =>
        db.Set<PaymentMethod>().AsNoTracking().AnyAsync(p => p.Code == code && p.Enabled, ct);

    /// <inheritdoc />
    public async Task<Admin.Kernel.Localization.LocalName?> NameAsync(string code, CancellationToken ct = default) =>
        await db.Set<PaymentMethod>().AsNoTracking().Where(p => p.Code == code).Select(p => new { p.NameEn, p.NameZh }).FirstOrDefaultAsync(ct) is { } n
            ? new Admin.Kernel.Localization.LocalName(n.NameEn, n.NameZh) : null;

    /// <summary>Every payment method in display order.</summary>
    public async Task<IReadOnlyList<PaymentMethodView>> ListAsync(bool enabledOnly = false, CancellationToken ct = default) =>
        (await db.Set<PaymentMethod>().AsNoTracking().Where(p => !enabledOnly || p.Enabled)
            .Select(p => new PaymentMethodView(p.Code, p.NameEn, p.NameZh, p.Enabled, p.SortOrder, p.Version)).ToListAsync(ct))
        .OrderBy(p => p.SortOrder).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();

    /// <summary>Enables or disables a method. Head office only; a stale version is a 409.</summary>
    public async Task<OperationResult<PaymentMethodView>> SetEnabledAsync(string code, bool enabled, string? version, CancellationToken ct = default)
    {
        var method = await db.Set<PaymentMethod>().FirstOrDefaultAsync(p => p.Code == code, ct);
        if (method is null)
        {
            return OperationResult<PaymentMethodView>.NotFound(CounterErrors.PaymentMethodNotFound(code));
        }

        if (!scope.SeesAllOutlets)
        {
            return OperationResult<PaymentMethodView>.Fail(FailureKind.Forbidden, CounterErrors.HeadOfficeOnly());
        }

        if (Versions.Expect(db, method, version) is { } stale)
        {
            return OperationResult<PaymentMethodView>.From(stale);
        }

        if (method.Enabled != enabled)
        {
            method.Enabled = enabled;
            audit.Record(new AuditRecord(CounterModule.ModuleId, enabled ? "PaymentMethod.Enable" : "PaymentMethod.Disable", nameof(PaymentMethod), code,
                new { Enabled = !enabled }, new { Enabled = enabled }));
            if (await Versions.SaveAsync(db, method, ct) is { } conflict)
            {
                return OperationResult<PaymentMethodView>.From(conflict);
            }
        }

        return OperationResult<PaymentMethodView>.Success(new PaymentMethodView(method.Code, method.NameEn, method.NameZh, method.Enabled, method.SortOrder, method.Version));
    }

    /// <summary>For recipes: creates or updates a method by code. Not scoped.</summary>
    public async Task<OperationResult> UpsertAsync(string? code, string? nameEn, string? nameZh, bool enabled, int sortOrder, CancellationToken ct = default)
    {
        code = code?.Trim();
        if (string.IsNullOrEmpty(code) || code.Length > 20 || !code.All(char.IsAsciiLetterOrDigit))
        {
            return OperationResult.Invalid(CounterErrors.FeeCodeInvalid());
        }

        if (string.IsNullOrWhiteSpace(nameEn) || string.IsNullOrWhiteSpace(nameZh))
        {
            return OperationResult.Invalid(CounterErrors.FeeNameRequired("name"));
        }

        var method = await db.Set<PaymentMethod>().FirstOrDefaultAsync(p => p.Code == code, ct);
        if (method is null)
        {
            method = new PaymentMethod { Id = Guid.NewGuid(), Code = code };
            db.Add(method);
        }

        method.NameEn = nameEn.Trim();
        method.NameZh = nameZh.Trim();
        method.Enabled = enabled;
        method.SortOrder = sortOrder;
        if (db.ChangeTracker.HasChanges())
        {
            audit.Record(new AuditRecord(CounterModule.ModuleId, "PaymentMethod.Upsert", nameof(PaymentMethod), code, null, new { method.Code, method.NameEn, method.NameZh, method.Enabled }));
            await db.SaveChangesAsync(ct);
        }

        return OperationResult.Success();
    }
}
