using Admin.Kernel.Screens;
using Admin.Modules.Printing.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Printing;

/// <summary>"Print form" and "Print voucher" on the page of every task a module's <see cref="IPrintSource"/> prints.</summary>
internal sealed class PrintingTaskLinks(IServiceScopeFactory scopes) : ITaskLinkProvider
{
    public string Permission => PrintingPermissions.Print;

    public IEnumerable<TaskLink> LinksFor(string taskType, Guid taskId)
    {
        // Sources are scoped services of their modules; this provider is a singleton, and only reads their declarations.
        using var scope = scopes.CreateScope();
        var source = scope.ServiceProvider.GetServices<IPrintSource>().FirstOrDefault(s => s.TaskTypes.Contains(taskType, StringComparer.Ordinal));
        if (source is null)
        {
            yield break;
        }

        // The first form of a source keeps the id "print-form"; another form of the same source is "print-{taskType}".
        var id = source.TaskTypes[0] == taskType ? "print-form" : $"print-{taskType}";
        yield return new TaskLink(source.FormLinkText(taskType), $"/api/forms/{taskType}/{taskId}.pdf", "file-earmark-pdf", id);
        foreach (var kind in source.VoucherKinds.Where(k => k.TaskType == taskType))
        {
            yield return new TaskLink("Print voucher", $"/printing/vouchers/{kind.Slug}/{taskId}", "printer", "print-voucher");
        }
    }
}
