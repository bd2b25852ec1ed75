using Admin.Kernel.Data;
using Admin.Kernel.Security;
using Admin.Modules.Operators.Models;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Operators.Services;

/// <summary>Remembers a signed-in operator's language choice, so it follows them to any workstation.</summary>
internal sealed class OperatorCultureListener(AdminDbContext db, ICurrentOperator current) : Kernel.Controllers.ICultureChoiceListener
{
    public async Task OnCultureChosenAsync(string culture, CancellationToken ct)
    {
        if (current.OperatorId is { } id)
        {
            await db.Set<Operator>().Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.PreferredCulture, culture), ct);
        }
    }
}
