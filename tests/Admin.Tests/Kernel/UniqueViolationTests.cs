using Admin.Kernel.Data;
using Admin.Modules.Counter.Models;
using Admin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Kernel;

/// <summary>The kernel's unique-violation check against each provider's real errors.</summary>
public abstract class UniqueViolationTests(DatabaseFixture db)
{
    private AdminAppFactory App => db.App;

    [Fact]
    public async Task Is_SecondRowWithTheSameUniqueKey_True()
    {
        var code = "U" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
        context.Add(Method(code));
        await context.SaveChangesAsync();

        context.Add(Method(code));
        var failed = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

        Assert.True(UniqueViolation.Is(failed));
    }

    [Fact]
    public async Task Is_SamePrimaryKeyTwice_True()
    {
        var first = Method("P" + Guid.NewGuid().ToString("N")[..8]);
        await using var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<AdminDbContext>();
        context.Add(first);
        await context.SaveChangesAsync();
        context.ChangeTracker.Clear();

        var again = Method("Q" + Guid.NewGuid().ToString("N")[..8]);
        again.Id = first.Id;
        context.Add(again);
        var failed = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

        Assert.True(UniqueViolation.Is(failed));
    }

    [Fact]
    public async Task Is_OtherConstraintFailure_False()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<AdminDbContext>();

        // A NOT NULL column left empty: a constraint error too, but not a duplicate.
        var failed = await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Counter_PaymentMethods" ("Id", "Code", "NameEn", "NameZh", "Enabled", "SortOrder", "Version") VALUES ('00000000-0000-0000-0000-00000000abcd', NULL, 'x', 'x', TRUE, 0, 0)"""));

        Assert.False(UniqueViolation.Is(failed));
        Assert.False(UniqueViolation.Is(new DbUpdateException("no inner exception")));
        Assert.False(UniqueViolation.Is(new InvalidOperationException("UNIQUE constraint failed: 23505")));
    }

    private static PaymentMethod Method(string code) => new() { Id = Guid.NewGuid(), Code = code, NameEn = code, NameZh = code, SortOrder = 99 };
}

public sealed class UniqueViolationTests_Sqlite(SqliteDatabase db) : UniqueViolationTests(db), IClassFixture<SqliteDatabase>;

public sealed class UniqueViolationTests_Postgres(PostgresDatabase db) : UniqueViolationTests(db), IClassFixture<PostgresDatabase>;
