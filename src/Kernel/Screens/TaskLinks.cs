using System.Security.Claims;
using Admin.Kernel.Modules;
using Admin.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;

namespace Admin.Kernel.Screens;

/// <summary>A link another module adds to a counter task's page (print the form, print the voucher…).</summary>
/// <param name="Text">English text, translated when shown.</param>
/// <param name="Url">App-relative URL (<c>/api/forms/fee-collection/{id}.pdf</c>).</param>
/// <param name="Icon">Bootstrap Icons name without the <c>bi-</c> prefix.</param>
/// <param name="Id">The element id (for tests and scripts), or null.</param>
public sealed record TaskLink(string Text, string Url, string Icon = "link", string? Id = null);

/// <summary>
/// Adds links to the page of a counter task, so that another module can appear there without the task's module naming it
/// (Printing's form and voucher links, for the tasks whose modules registered a print source). Task types are the URL forms, e.g. <c>fee-collection</c>,
/// <c>cheque-receipt</c>. Found by scanning the module assemblies; asked only when the module is enabled and the operator
/// holds <see cref="Permission"/>.
/// </summary>
public interface ITaskLinkProvider
{
    /// <summary>The permission an operator needs to see the links.</summary>
    string Permission { get; }

    /// <summary>The links for one task (none when the provider does not know the type).</summary>
    IEnumerable<TaskLink> LinksFor(string taskType, Guid taskId);
}

/// <summary>What a task's page passes to the <c>_TaskLinks</c> partial.</summary>
/// <param name="TaskType">The task type's URL form.</param>
/// <param name="TaskId">The task's id.</param>
public sealed record TaskLinksModel(string TaskType, Guid TaskId);

/// <summary>Collects the task links the operator may see.</summary>
public sealed class TaskLinks(IEnumerable<ITaskLinkProvider> providers, ModuleCatalog catalog, ModuleStates states, IAuthorizationService authorization)
{
    /// <summary>The links of enabled modules whose permission the user holds.</summary>
    public async Task<IReadOnlyList<TaskLink>> ForAsync(ClaimsPrincipal user, string taskType, Guid taskId)
    {
        var links = new List<TaskLink>();
        foreach (var provider in providers)
        {
            var module = catalog.FindByType(provider.GetType());
            if (module is null || !states.IsEnabled(module.Id)
                || !(await authorization.AuthorizeAsync(user, null, new PermissionRequirement(provider.Permission))).Succeeded)
            {
                continue;
            }

            links.AddRange(provider.LinksFor(taskType, taskId));
        }

        return links;
    }
}
