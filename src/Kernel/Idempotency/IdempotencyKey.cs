using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Kernel.Idempotency;

/// <summary>
/// A money-moving request's idempotency key, stored with a hash of the request in the same transaction as the task it
/// ran; the answer is added once the task has committed, and a repeat of the request is answered with it.
/// </summary>
public sealed class IdempotencyKey
{
    /// <summary>Whose key: the operator's id, so two operators' keys never meet.</summary>
    public string Owner { get; set; } = "";

    /// <summary>The key the client chose (the <c>Idempotency-Key</c> header or the form's hidden field).</summary>
    public string Key { get; set; } = "";

    /// <summary>SHA-256 (hex) of the method, path, query and body.</summary>
    public string RequestHash { get; set; } = "";

    /// <summary>When the task claimed the key (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>The answer's status; null while the answer is not stored yet.</summary>
    public int? ResponseStatus { get; set; }

    /// <summary>The answer's JSON body, if it had one.</summary>
    public string? ResponseBody { get; set; }

    /// <summary>The answer's Location header, if it had one (a created resource, a screen's redirect).</summary>
    public string? ResponseLocation { get; set; }
}

internal sealed class IdempotencyKeyConfiguration : IEntityTypeConfiguration<IdempotencyKey>
{
    public void Configure(EntityTypeBuilder<IdempotencyKey> builder)
    {
        builder.ToTable("Kernel_IdempotencyKeys");
        builder.HasKey(k => new { k.Owner, k.Key });
        builder.Property(k => k.Owner).HasMaxLength(36);
        builder.Property(k => k.Key).HasMaxLength(RequestIdempotency.MaxKeyLength);
        builder.Property(k => k.RequestHash).HasMaxLength(64);
        builder.Property(k => k.ResponseLocation).HasMaxLength(2000);
        builder.HasIndex(k => k.CreatedAt);
    }
}
