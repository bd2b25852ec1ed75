using Admin.Kernel.Reviews;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Services;

namespace Admin.Modules.Printing.ViewModels;

public sealed class LayoutListViewModel
{
    public IReadOnlyList<LayoutView> Layouts { get; set; } = [];
    public bool CanManage { get; set; }
}

/// <summary>A new layout: code, name, kind, paper, Active (off until the designer is done); copied from <see cref="Source"/> when set.</summary>
public sealed class LayoutNewViewModel
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    /// <summary>The voucher kind's name (null: the form selects the first kind).</summary>
    public string? Kind { get; set; }
    public decimal? PaperWidth { get; set; }
    public decimal? PaperHeight { get; set; }
    public bool IsActive { get; set; }
    /// <summary>The id of the layout whose fields (and scanned stationery) the new one copies.</summary>
    public string? CopyFrom { get; set; }

    /// <summary>The version of <see cref="CopyFrom"/> copied (null: its current one).</summary>
    public int? CopyVersion { get; set; }
    public LayoutView? Source { get; set; }
}

/// <summary>One field row of the designer's exact-value table.</summary>
public sealed class FieldForm
{
    public string? Value { get; set; }
    public decimal? X { get; set; }
    public decimal? Y { get; set; }
    public decimal? Width { get; set; }
    public decimal? FontSize { get; set; }
    public FieldAlign Align { get; set; }
}

/// <summary>The designer: the layout's shown version, its history, and the form that saves a new version.</summary>
public sealed class LayoutDesignerViewModel
{
    public LayoutView? Layout { get; set; }
    public IReadOnlyList<LayoutVersionView> Versions { get; set; } = [];
    public bool CanManage { get; set; }
    /// <summary>May create layouts (the "copy as a new layout" link), whichever version is shown.</summary>
    public bool CanCreate { get; set; }
    public IReadOnlyList<string> Values { get; set; } = [];
    /// <summary>The English label of each of <see cref="Values"/>.</summary>
    public IReadOnlyDictionary<string, string> ValueLabels { get; set; } = new Dictionary<string, string>();
    public string? Name { get; set; }
    public decimal? PaperWidth { get; set; }
    public decimal? PaperHeight { get; set; }
    public bool IsActive { get; set; } = true;
    public List<FieldForm> Fields { get; set; } = [];
    public string? Version { get; set; }
}

public sealed class CalibrationListViewModel
{
    public IReadOnlyList<CalibrationView> Rows { get; set; } = [];
}

/// <summary>A task's voucher: its prints so far and the print (or reprint, with the review dialog) button.</summary>
public sealed class VoucherViewModel
{
    public string Kind { get; set; } = "";
    public Guid TaskId { get; set; }
    public string Receipt { get; set; } = "";
    public string CustomerName { get; set; } = "";
    public decimal Total { get; set; }
    public IReadOnlyList<VoucherPrintView> Prints { get; set; } = [];
    public ReviewInput Review { get; set; } = new();
    public ReviewDialogModel? ReviewDialog { get; set; }
}
