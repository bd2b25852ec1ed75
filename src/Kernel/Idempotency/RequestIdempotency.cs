using Admin.Kernel.Data;
using Admin.Kernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Admin.Kernel.Idempotency;

/// <summary>
/// The idempotency key of the current request, as <see cref="IdempotentAttribute"/> found it (scoped). A task claims it
/// inside its own transaction (<see cref="TaskTransaction"/> does that), so the key is stored if and only if the task
/// commits: a refused request consumes nothing and may be sent again with the same key.
/// </summary>
public sealed class RequestIdempotency
{
    /// <summary>Longest key accepted.</summary>
    public const int MaxKeyLength = 100;

    /// <summary>The request header that carries the key on the API.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The hidden form field that carries the key on screens (<c>_IdempotencyKey</c> partial).</summary>
    public const string FormField = "IdempotencyKey";

    /// <summary>The key's owner (the operator), once a key is present.</summary>
    public string? Owner { get; private set; }

    /// <summary>The key, when the request carries one.</summary>
    public string? Key { get; private set; }

    /// <summary>The hash of the request.</summary>
    public string? RequestHash { get; private set; }

    /// <summary>True once a task claimed the key in its transaction.</summary>
    public bool Claimed { get; private set; }

    /// <summary>True once the task that claimed the key committed: the answer is then stored under the key.</summary>
    public bool Committed { get; private set; }

    /// <summary>True when another request with the same key claimed it first (a concurrent duplicate).</summary>
    public bool LostRace { get; private set; }

    /// <summary>The task rolled back: its claim went with it.</summary>
    internal void Release() => Claimed = false;

    /// <summary>The task committed with its claim.</summary>
    internal void MarkCommitted() => Committed = Claimed;

    internal void Set(string owner, string key, string hash)
    {
        Owner = owner;
        Key = key;
        RequestHash = hash;
    }

    /// <summary>
    /// Inserts the key with the request's hash, inside the caller's transaction; nothing to do without a key. A key
    /// another request holds (committed, or still running: PostgreSQL waits for it) is a 409 <c>idempotency.inProgress</c>,
    /// which the filter turns into the first request's answer once that is stored.
    /// </summary>
    public async Task<OperationResult> ClaimAsync(AdminDbContext db, DateTime at, CancellationToken ct = default)
    {
        if (Key is null)
        {
            return OperationResult.Success();
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An idempotency key is claimed inside the task's transaction.");
        }

        if (Claimed)
        {
            throw new InvalidOperationException("One request runs one task: its idempotency key is claimed once.");
        }

        try
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "Kernel_IdempotencyKeys" ("Owner", "Key", "RequestHash", "CreatedAt") VALUES ({Owner}, {Key}, {RequestHash}, {at})""", ct);
        }
        catch (Exception ex) when (UniqueViolation.Is(ex))
        {
            LostRace = true;
            return OperationResult.Conflict(KernelErrors.IdempotencyInProgress());
        }

        Claimed = true;
        return OperationResult.Success();
    }
}
