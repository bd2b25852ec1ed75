using Admin.Modules.CustomerAccounts.Models;

namespace Admin.Modules.CustomerAccounts.ViewModels;

/// <summary>The English label of a refund kind (translated on screens); the kind's own name would clash with other texts ("Deposit").</summary>
public static class RefundLabels
{
    public static string Kind(RefundKind kind) => kind switch
    {
        RefundKind.Closing => "Closing refund",
        RefundKind.Special => "Special refund",
        RefundKind.Small => "Small refund",
        _ => "Deposit return",
    };
}
