using System.Linq.Expressions;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Admin.Modules.Counter.Contracts;

/// <summary>The counter's payment methods as other modules' counter tasks see them (head office switches them on and off).</summary>
public interface IPaymentMethodDirectory
{
    /// <summary>The code of the cheque payment method.</summary>
    const string Cheque = "Cheque";

    /// <summary>True when the method exists and is enabled.</summary>
    Task<bool> IsEnabledAsync(string code, CancellationToken ct = default);

    /// <summary>The method's name in both languages (a printed form names it), or null when no such method exists.</summary>
    Task<Admin.Kernel.Localization.LocalName?> NameAsync(string code, CancellationToken ct = default);
}

/// <summary>
/// Per-outlet numbers (receipts, customer codes), with no gaps and no duplicates: <see cref="NextAsync"/> runs inside the
/// caller's transaction, concurrent callers wait for each other's commit, and a rolled-back task gives its number back.
/// </summary>
public interface IOutletSequences
{
    /// <summary>The next number of the outlet's counter <paramref name="name"/> (e.g. <c>"cheque"</c>). Call it inside a transaction.</summary>
    Task<long> NextAsync(Guid outletId, string name, CancellationToken ct);
}

/// <summary>How another module's entity refers to a customer in the one model: a required key the database checks.</summary>
public static class CustomerReferences
{
    /// <summary>
    /// Declares <paramref name="customerId"/> a foreign key to the customer (a customer with rows pointing at it cannot be
    /// deleted), without the entity naming Counter's model.
    /// </summary>
    public static void ReferencesCustomer<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> customerId)
        where T : class =>
        builder.HasOne<Customer>().WithMany().HasForeignKey(customerId).OnDelete(DeleteBehavior.Restrict);
}
