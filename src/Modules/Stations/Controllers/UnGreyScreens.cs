using System.Globalization;
using Admin.Kernel.Data;
using Admin.Kernel.Localization;
using Admin.Kernel.Time;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Ledger.Contracts;
using Admin.Modules.Stations.Models;
using Admin.Modules.Stations.ViewModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Admin.Modules.Stations.Controllers;

/// <summary>What the counter's un-grey and head office's forced un-grey screens share: reading the typed sequence and time, and the card's grey records.</summary>
internal static class UnGreyScreens
{
    /// <summary>The sequence number and the local time typed (converted to UTC); what cannot be read is a field error.</summary>
    public static async Task<(long? Sequence, DateTime? GreyAtUtc)> ParseAsync(UnGreyViewModel form, ModelStateDictionary state, LocalClock local, AdminText text, CancellationToken ct)
    {
        long? sequence = null;
        if (!string.IsNullOrWhiteSpace(form.Sequence))
        {
            if (long.TryParse(form.Sequence.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0)
            {
                sequence = s;
            }
            else
            {
                state.AddModelError(nameof(form.Sequence), text.Message(StationsErrors.GreySequenceRequired()));
            }
        }

        DateTime? greyAt = null;
        if (!string.IsNullOrWhiteSpace(form.GreyAt))
        {
            if (DateTime.TryParseExact(form.GreyAt.Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                greyAt = DateTime.SpecifyKind(at - await local.OffsetAsync(ct), DateTimeKind.Utc);
            }
            else
            {
                state.AddModelError(nameof(form.GreyAt), text.Message(StationsErrors.GreyTimeRequired()));
            }
        }

        return (sequence, greyAt);
    }

    /// <summary>The card as found (the caller's reach), its purse as last known and its grey records from the terminals (latest 20).</summary>
    public static async Task<T> FillAsync<T>(T form, ICards cards, ILedger ledger, AdminDbContext db, CancellationToken ct)
        where T : UnGreyViewModel
    {
        form.Found = string.IsNullOrWhiteSpace(form.Card) ? null : await cards.FindByNumberAsync(form.Card, ct);
        if (form.Found is { } card)
        {
            form.Card = card.Number;
            form.Purse = await ledger.BalanceAsync(AccountRef.Purse(card.Id, card.OutletId), ct);
            var grey = await (from r in db.Set<StationRecord>().AsNoTracking()
                              join t in db.Set<Terminal>() on r.TerminalId equals t.Id
                              where r.CardId == card.Id && r.Status == StationRecordStatus.Grey
                              orderby r.At descending
                              select new { Record = r, t.TerminalId }).Take(20).ToListAsync(ct);
            form.GreyRecords = grey.Select(g => g.Record).ToList();
            form.TerminalIds = grey.GroupBy(g => g.Record.TerminalId).ToDictionary(g => g.Key, g => g.First().TerminalId);
        }

        return form;
    }
}
