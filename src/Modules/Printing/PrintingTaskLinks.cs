using Admin.Kernel.Screens;
using Admin.Modules.Printing.Models;
using Admin.Modules.Printing.Services;

namespace Admin.Modules.Printing;

/// <summary>"Print form" and "Print voucher" on a fee collection's receipt and a cheque's record page.</summary>
internal sealed class PrintingTaskLinks : ITaskLinkProvider
{
    public string Permission => PrintingPermissions.Print;

    public IEnumerable<TaskLink> LinksFor(string taskType, Guid taskId)
    {
        if (PrintSources.ParseTask(taskType) is not { } task)
        {
            yield break;
        }

        var kind = task == PrintTask.FeeCollection ? VoucherKind.FeeReceipt : VoucherKind.ChequeReceipt;
        yield return new TaskLink("Print form", $"/api/forms/{PrintSources.Slug(task)}/{taskId}.pdf", "file-earmark-pdf", "print-form");
        yield return new TaskLink("Print voucher", $"/printing/vouchers/{PrintSources.Slug(kind)}/{taskId}", "printer", "print-voucher");
    }
}
