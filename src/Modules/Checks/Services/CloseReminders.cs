using Admin.Kernel.Data;
using Admin.Kernel.Jobs;
using Admin.Kernel.Settings;
using Admin.Kernel.Time;
using Admin.Modules.Checks.Models;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Outlets.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Checks.Services;

/// <summary>
/// The reminders to close (a shift open past <c>Checks.ShiftOpenHours</c>; a day with tasks not closed by
/// <c>Checks.DayCloseHour</c> local time, earlier days always), looked for over the last week and kept as rows the home page
/// and the reminders screen read. Head office's own entries (manual transfers) are not an outlet day to close.
/// </summary>
public sealed class CloseReminders(AdminDbContext db, ILedgerChecks ledger, ILedgerPeriods periods, IOutletDirectory outlets, SystemSettings settings, LocalClock local, TimeProvider clock)
{
    public async Task<int> RefreshAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var offset = await local.OffsetAsync(ct);
        var today = LocalClock.DayOf(now, offset);
        var hour = await settings.GetIntAsync(ChecksSettings.DayCloseHour, ct);
        var shiftHours = await settings.GetIntAsync(ChecksSettings.ShiftOpenHours, ct);
        var pastHour = (now + offset).Hour >= hour;
        var reminders = new List<CloseReminder>();
        var unclosed = await ledger.UnclosedDaysAsync(today.AddDays(-7), today, ct);
        foreach (var outletDays in unclosed.GroupBy(u => u.OutletId))
        {
            if (await outlets.FindAsync(outletDays.Key, ct) is not { IsHeadOffice: false } outlet)
            {
                continue;
            }

            foreach (var day in outletDays.Where(d => d.Day < today || pastHour))
            {
                reminders.Add(new CloseReminder { OutletId = outlet.Id, OutletCode = outlet.Code, Kind = CloseReminder.DayOpen, Day = day.Day, Since = LocalClock.StartUtc(day.Day, offset), FlaggedAt = now });
            }

            foreach (var shift in await periods.OpenShiftsAsync(outlet.Id, ct))
            {
                if (shift.FirstAt is { } first && now - first > TimeSpan.FromHours(shiftHours))
                {
                    reminders.Add(new CloseReminder
                    {
                        OutletId = outlet.Id, OutletCode = outlet.Code, Kind = CloseReminder.ShiftOpen, Day = LocalClock.DayOf(first, offset), Operator = shift.OperatorLogin, Since = first, FlaggedAt = now,
                    });
                }
            }
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Set<CloseReminder>().ExecuteDeleteAsync(ct);
            db.AddRange(reminders);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });
        return reminders.Count;
    }
}

/// <summary>The recurring job (every <c>Checks.ReminderIntervalSeconds</c>, only while the module is on) that refreshes the reminders to close.</summary>
internal sealed class CloseRemindersJob(CloseReminders reminders) : IAdminJob
{
    public const string Key = "Checks.CloseReminders";

    public async Task RunAsync(AdminJobContext context, CancellationToken ct) => context.Message = $"{await reminders.RefreshAsync(ct)} reminders";
}
