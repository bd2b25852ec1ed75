using Admin.Kernel.Audit;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Results;
using Admin.Modules.Cards.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Cards.Services;

/// <summary>Head office's card products: list, create, versioned edits; every change audited.</summary>
public sealed class CardProductService(AdminDbContext db, IAuditTrail audit)
{
    /// <summary>Products by code, keyset-paged.</summary>
    public async Task<OperationResult<Page<CardProduct>>> ListAsync(string? kind, string? after, int? limit, CancellationToken ct = default)
    {
        if (Keyset.CheckLimit(limit) is { } limitError)
        {
            return OperationResult<Page<CardProduct>>.Invalid(limitError);
        }

        var query = db.Set<CardProduct>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!Enum.TryParse<CardKind>(kind.Trim(), true, out var k) || !Enum.IsDefined(k) || int.TryParse(kind, out _))
            {
                return OperationResult<Page<CardProduct>>.Invalid(CardsErrors.KindInvalid());
            }

            query = query.Where(p => p.Kind == k);
        }

        if (after is not null)
        {
            if (Keyset.Decode(after, 1) is not [var code])
            {
                return OperationResult<Page<CardProduct>>.Invalid(Keyset.BadCursor());
            }

            query = query.Where(p => string.Compare(p.Code, code) > 0);
        }

        var take = limit ?? Keyset.DefaultLimit;
        var rows = await query.OrderBy(p => p.Code).Take(take + 1).ToListAsync(ct);
        return OperationResult<Page<CardProduct>>.Success(Keyset.ToPage(rows, take, p => Keyset.Encode(p.Code)));
    }

    /// <summary>Every product, by code (forms' choices).</summary>
    public async Task<IReadOnlyList<CardProduct>> AllAsync(CancellationToken ct = default) =>
        await db.Set<CardProduct>().AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);

    /// <summary>The product, or null.</summary>
    public Task<CardProduct?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<CardProduct>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The product with this code (case-insensitive), or null.</summary>
    public Task<CardProduct?> FindByCodeAsync(string? code, CancellationToken ct = default)
    {
        var normal = code?.Trim().ToUpperInvariant() ?? "";
        return db.Set<CardProduct>().AsNoTracking().FirstOrDefaultAsync(p => p.Code == normal, ct);
    }

    /// <summary>Creates a product; its code must be new.</summary>
    public async Task<OperationResult<CardProduct>> CreateAsync(ProductInput input, CancellationToken ct = default)
    {
        var parsed = ProductTerms.Parse(input);
        if (!parsed.Succeeded)
        {
            return OperationResult<CardProduct>.From(parsed);
        }

        var terms = parsed.Value!;
        if (await db.Set<CardProduct>().AnyAsync(p => p.Code == terms.Code, ct))
        {
            return OperationResult<CardProduct>.Conflict(CardsErrors.ProductDuplicate(terms.Code));
        }

        var product = new CardProduct { Id = Guid.NewGuid(), Code = terms.Code };
        product.Apply(terms);
        db.Add(product);
        audit.Record(new AuditRecord(CardsModule.ModuleId, "Product.Create", nameof(CardProduct), product.Code, null, Snapshot(product)));
        return await SaveAsync(product, ct);
    }

    /// <summary>Changes a product (not its code); <paramref name="version"/> is the version read. Numbering is fixed once ranges exist.</summary>
    public async Task<OperationResult<CardProduct>> UpdateAsync(Guid id, ProductInput input, string? version, CancellationToken ct = default)
    {
        var product = await db.Set<CardProduct>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null)
        {
            return OperationResult<CardProduct>.NotFound(CardsErrors.ProductNotFound());
        }

        var parsed = ProductTerms.Parse(input with { Code = product.Code });
        if (!parsed.Succeeded)
        {
            return OperationResult<CardProduct>.From(parsed);
        }

        if (Versions.Expect(db, product, version) is { } stale)
        {
            return OperationResult<CardProduct>.From(stale);
        }

        var hasRanges = await db.Set<NumberRange>().AnyAsync(r => r.ProductId == id, ct);
        if (product.CheckNumberingChange(parsed.Value!, hasRanges) is { } fixedError)
        {
            return OperationResult<CardProduct>.Conflict(fixedError);
        }

        return await ApplyAsync(product, parsed.Value!, ct);
    }

    /// <summary>Creates or updates by code (recipes); the numbering of a product with ranges stays as it is.</summary>
    public async Task<OperationResult<CardProduct>> UpsertAsync(ProductInput input, CancellationToken ct = default)
    {
        var parsed = ProductTerms.Parse(input);
        if (!parsed.Succeeded)
        {
            return OperationResult<CardProduct>.From(parsed);
        }

        var product = await db.Set<CardProduct>().FirstOrDefaultAsync(p => p.Code == parsed.Value!.Code, ct);
        if (product is null)
        {
            return await CreateAsync(input, ct);
        }

        var hasRanges = await db.Set<NumberRange>().AnyAsync(r => r.ProductId == product.Id, ct);
        return product.CheckNumberingChange(parsed.Value!, hasRanges) is { } fixedError
            ? OperationResult<CardProduct>.Conflict(fixedError)
            : await ApplyAsync(product, parsed.Value!, ct);
    }

    internal static object Snapshot(CardProduct p) => new
    {
        p.Code, p.NameEn, p.NameZh, Kind = p.Kind.ToString(), p.NumberLength, p.Prefix, CheckDigit = p.CheckDigit.ToString(), p.BalanceCap,
        p.ValidityMonths, p.RealNameThreshold, p.CompanyCashLimit, p.IndividualCashLimit, p.FaceValues, p.Active,
    };

    private async Task<OperationResult<CardProduct>> ApplyAsync(CardProduct product, ProductTerms terms, CancellationToken ct)
    {
        var before = Snapshot(product);
        product.Apply(terms);
        if (db.Entry(product).State == EntityState.Unchanged)
        {
            return OperationResult<CardProduct>.Success(product);
        }

        audit.Record(new AuditRecord(CardsModule.ModuleId, "Product.Update", nameof(CardProduct), product.Code, before, Snapshot(product)));
        return await SaveAsync(product, ct);
    }

    private async Task<OperationResult<CardProduct>> SaveAsync(CardProduct product, CancellationToken ct)
    {
        try
        {
            return await Versions.SaveAsync(db, product, ct) is { } conflict
                ? OperationResult<CardProduct>.From(conflict)
                : OperationResult<CardProduct>.Success(product);
        }
        catch (DbUpdateException)
        {
            // Another head-office operator created a product with this code at the same moment.
            db.ChangeTracker.Clear();
            return OperationResult<CardProduct>.Conflict(CardsErrors.ProductDuplicate(product.Code));
        }
    }
}
