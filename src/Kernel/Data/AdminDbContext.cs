using Admin.Kernel.Audit;
using Admin.Kernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Admin.Kernel.Data;

/// <summary>An entity edited by people: carries a version that detects stale edits (optimistic concurrency).</summary>
public interface IVersioned
{
    /// <summary>Incremented on every save; compared on update so that a stale edit is refused.</summary>
    long Version { get; set; }
}

/// <summary>
/// A row that is written once and never changed or removed (audit events, ledger entries and lines): the context refuses
/// to save a modification or deletion of one.
/// </summary>
public interface IAppendOnly
{
}

/// <summary>
/// The one database context. It applies every compiled-in module's entity configurations (enabled or not,
/// so the schema never depends on runtime switches); tables are named <c>ModuleId_Entities</c>.
/// One context means a review and the task it authorises commit in one transaction.
/// </summary>
public class AdminDbContext(DbContextOptions<AdminDbContext> options, ModuleCatalog catalog) : DbContext(options)
{
    /// <summary>The modules whose configurations make up the model.</summary>
    public ModuleCatalog Catalog { get; } = catalog;

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var assembly in Catalog.Modules.Select(m => m.Assembly).Distinct())
        {
            modelBuilder.ApplyConfigurationsFromAssembly(assembly);
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
            {
                modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BeforeSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEvent or IAppendOnly && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} rows are append-only.");
            }

            if (entry.Entity is IVersioned versioned)
            {
                if (entry.State == EntityState.Modified)
                {
                    versioned.Version++;
                }
                else if (entry.State == EntityState.Added && versioned.Version == 0)
                {
                    versioned.Version = 1;
                }
            }
        }
    }
}
