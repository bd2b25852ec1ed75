using Admin.Modules.Outlets.Contracts;

namespace Admin.Modules.Checks.Services;

/// <summary>Outlet codes by id for one run (each outlet looked up once).</summary>
public sealed class OutletCodes(IOutletDirectory outlets)
{
    private readonly Dictionary<Guid, string> _codes = [];

    public async Task<string> CodeAsync(Guid outletId, CancellationToken ct)
    {
        if (!_codes.TryGetValue(outletId, out var code))
        {
            code = (await outlets.FindAsync(outletId, ct))?.Code ?? "";
            _codes[outletId] = code;
        }

        return code;
    }
}
