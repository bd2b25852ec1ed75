using Admin.Kernel.Jobs;
using Admin.Kernel.Reviews;
using Admin.Modules.BatchTopUps.Models;
using Microsoft.AspNetCore.Http;

namespace Admin.Modules.BatchTopUps.ViewModels;

/// <summary>The list of lists: filters (kept in the URL), rows, the next page's cursor.</summary>
public sealed class BatchTopUpIndexViewModel
{
    public string? Status { get; set; }
    public string? Customer { get; set; }
    public IReadOnlyList<BatchTopUpList> Items { get; set; } = [];
    public string? Next { get; set; }
}

/// <summary>A new list: the company customer's code, the lines (card,amount per line, as typed or pasted), or a CSV file.</summary>
public sealed class BatchTopUpFormViewModel
{
    public string? Customer { get; set; }
    public string? Lines { get; set; }
    public IFormFile? File { get; set; }
    public string? Note { get; set; }
}

/// <summary>A list: its header, the actions allowed now, the job's progress, a page of lines, the review dialog.</summary>
public sealed class BatchTopUpDetailsViewModel
{
    public BatchTopUpList List { get; set; } = new();
    public IReadOnlyList<BatchTopUpLine> Lines { get; set; } = [];
    public string? LinesNext { get; set; }
    public JobProgress? Job { get; set; }
    public bool CanWithdraw { get; set; }
    public bool MayRerun { get; set; }
    public bool MaySubmit { get; set; }
    public bool MayReview { get; set; }
    public ReviewInput Review { get; set; } = new();
    public ReviewDialogModel? ReviewDialog { get; set; }
}
