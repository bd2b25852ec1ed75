using Admin.Kernel.Jobs;
using Admin.Modules.BatchTopUps.Models;

namespace Admin.Modules.BatchTopUps.Api;

/// <summary>The reviewer's credentials, sent when the first answer was 428 <c>review.required</c>.</summary>
public sealed record BatchReviewBody(string? LoginName, string? Password);

/// <summary>One line: the card number and the amount.</summary>
public sealed record BatchLineRequest(string? Card, decimal? Amount);

/// <summary>A list to submit: <c>customer</c> (code or id) of a company, <c>lines</c> or <c>csv</c> (<c>card,amount</c> per line), <c>note</c>.</summary>
public sealed record SubmitBatchRequest(string? Customer, List<BatchLineRequest?>? Lines, string? Csv, string? Note);

/// <summary>The review: the colleague's credentials (omitted on the first call, which answers 428 with what is authorised).</summary>
public sealed record ReviewBatchRequest(BatchReviewBody? Review);

/// <summary>A job's progress.</summary>
public sealed record JobProgressDto(string Status, int Done, int Total, int Percent, int Attempts, string? Message, DateTime? StartedAt, DateTime? FinishedAt)
{
    public static JobProgressDto? From(JobProgress? p) =>
        p is null ? null : new(p.Status.ToString(), p.Done, p.Total, p.Percent, p.Attempts, p.Message, p.StartedAt, p.FinishedAt);
}

/// <summary>A list: number, status, customer, lines, total, content hash (SHA-256 of the canonical lines), maker, reviewer, refusal, job progress.</summary>
public sealed record BatchTopUpDto(
    Guid Id, string Number, string Status, string OutletCode, Guid CustomerId, string CustomerCode, string CustomerName, int Lines, decimal Total,
    string ContentHash, string? Note, string MakerLogin, DateTime SubmittedAt, string? ReviewerLogin, DateTime? ReviewedAt, DateTime? ExecutedAt,
    string? ClosedBy, DateTime? ClosedAt, string? RefusalCode, string? RefusalMessage, DateTime? RefusedAt, long? FirstEntryId, long? LastEntryId,
    string Version, JobProgressDto? Job)
{
    public static BatchTopUpDto From(BatchTopUpList l, JobProgress? job = null) =>
        new(l.Id, l.Number, l.Status.ToString(), l.OutletCode, l.CustomerId, l.CustomerCode, l.CustomerName, l.LineCount, l.Total, l.ContentHash, l.Note,
            l.MakerLogin, l.SubmittedAt, l.ReviewerLogin, l.ReviewedAt, l.ExecutedAt, l.ClosedBy, l.ClosedAt, l.RefusalCode, l.RefusalMessage, l.RefusedAt,
            l.FirstEntryId, l.LastEntryId, l.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), JobProgressDto.From(job));
}

/// <summary>One line of a list.</summary>
public sealed record BatchLineDto(int LineNo, string Card, Guid CardId, decimal Amount);

/// <summary>A page of lists.</summary>
public sealed record BatchTopUpPage(IReadOnlyList<BatchTopUpDto> Items, string? Next);

/// <summary>A page of lines.</summary>
public sealed record BatchLinePage(IReadOnlyList<BatchLineDto> Items, string? Next);
