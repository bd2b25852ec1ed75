using Admin.Modules.Allocations.Models;

namespace Admin.Modules.Allocations.ViewModels;

/// <summary>A card row of a form: the number (typed, scanned or read) and the amount (or share) as typed.</summary>
public sealed class CardAmountRow
{
    public string? Card { get; set; }
    public string? Amount { get; set; }
}

/// <summary>The pre-allocation form: the customer or the presented primary card; rows, or a template with a total.</summary>
public sealed class AllocationFormViewModel
{
    public const int Rows = 10;

    public string? Customer { get; set; }
    public string? PrimaryCard { get; set; }
    public string? Template { get; set; }
    public string? Total { get; set; }
    public List<CardAmountRow> Cards { get; set; } = [];

    // Shown, not posted.
    public IReadOnlyList<AllocationTemplate> Templates { get; set; } = [];
}

/// <summary>A pre-allocation's receipt.</summary>
public sealed class AllocationReceiptViewModel
{
    public required Allocation Allocation { get; init; }
}

/// <summary>A customer's templates and the form to add or change one.</summary>
public sealed class TemplatesViewModel
{
    public string? Customer { get; set; }
    public string? CustomerName { get; set; }
    public IReadOnlyList<AllocationTemplate> Templates { get; set; } = [];
    public TemplateFormViewModel Form { get; set; } = new();
}

/// <summary>The template form (<see cref="Id"/> and <see cref="Version"/> set when changing one).</summary>
public sealed class TemplateFormViewModel
{
    public const int Rows = 10;

    public Guid? Id { get; set; }
    public string? Version { get; set; }
    public string? Customer { get; set; }
    public string? Name { get; set; }
    public string? Mode { get; set; } = nameof(TemplateMode.Amount);
    public List<CardAmountRow> Lines { get; set; } = [];
}

/// <summary>The start of a load or unload.</summary>
public sealed class PurseFormViewModel
{
    public string? Kind { get; set; } = nameof(PurseTransferKind.Load);
    public string? Card { get; set; }
    public string? Amount { get; set; }
}

/// <summary>A load or unload and where it stands; a pending one is written to the chip by the page's script.</summary>
public sealed class PurseTransferViewModel
{
    public required PurseTransfer Transfer { get; init; }
    public decimal CardBalance { get; init; }
    public decimal PurseBalance { get; init; }
}
