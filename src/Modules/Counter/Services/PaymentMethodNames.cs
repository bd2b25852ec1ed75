using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Modules.Counter.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Counter.Services;

/// <summary>
/// A payment method's name in the reader's language for a code a record keeps ("Cash" → 现金 in zh-CN): the methods are
/// read once per request, however many rows a list shows.
/// </summary>
public sealed class PaymentMethodNames(AdminDbContext db)
{
    private Dictionary<string, LocalName>? _names;

    /// <summary>The name of the method, or the code when no such method exists.</summary>
    public async Task<string> NameAsync(string code, CancellationToken ct = default)
    {
        _names ??= await db.Set<PaymentMethod>().AsNoTracking().ToDictionaryAsync(m => m.Code, m => new LocalName(m.NameEn, m.NameZh), StringComparer.OrdinalIgnoreCase, ct);
        return _names.TryGetValue(code, out var name) ? name.ToString() : code;
    }
}
