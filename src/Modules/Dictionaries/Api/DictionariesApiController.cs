using Admin.Kernel.Api;
using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Results;
using Admin.Modules.Dictionaries.Models;
using Admin.Modules.Dictionaries.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Dictionaries.Api;

[Route("api/dictionaries")]
public sealed class DictionariesApiController(DictionaryService dictionaries) : AdminApiController
{
    /// <summary>The code tables. Permission: Dictionaries.View.</summary>
    [HttpGet("")]
    [RequirePermission(DictionariesPermissions.View)]
    [ProducesResponseType<Page<DictionaryKindDto>>(StatusCodes.Status200OK)]
    public IActionResult Kinds() =>
        Ok(new Page<DictionaryKindDto>(DictionaryKind.All.Select(k => new DictionaryKindDto(k.Code, k.Name.En, k.Name.Zh, k.Fixed)).ToList(), null));

    /// <summary>A table's entries in display order, active or not (a table is small: one page). Permission: Dictionaries.View.</summary>
    [HttpGet("{kind}")]
    [RequirePermission(DictionariesPermissions.View)]
    [ProducesResponseType<Page<DictionaryEntryDto>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string kind, CancellationToken ct)
    {
        var result = await dictionaries.ListAsync(kind, ct);
        return result.Succeeded ? Ok(new Page<DictionaryEntryDto>(result.Value.Entries.Select(ToDto).ToList(), null)) : Problem(result);
    }

    /// <summary>One entry. Permission: Dictionaries.View.</summary>
    [HttpGet("{kind}/{code}")]
    [RequirePermission(DictionariesPermissions.View)]
    [ProducesResponseType<DictionaryEntryDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(string kind, string code, CancellationToken ct) =>
        await dictionaries.FindAsync(kind, code, ct) is { } entry ? Ok(ToDto(entry)) : Problem(OperationResult.NotFound(DictionariesErrors.NotFound()));

    /// <summary>Adds an entry (not to a table whose codes are fixed). Permission: Dictionaries.Manage.</summary>
    [HttpPost("{kind}")]
    [RequirePermission(DictionariesPermissions.Manage)]
    [ProducesResponseType<DictionaryEntryDto>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(string kind, DictionaryEntryRequest request, CancellationToken ct)
    {
        var result = await dictionaries.CreateAsync(kind, new EntryInput(request.Code, request.NameEn, request.NameZh, request.Order), ct);
        return result.Succeeded
            ? Created($"/api/dictionaries/{result.Value!.Kind}/{Uri.EscapeDataString(result.Value.Code)}", ToDto(result.Value))
            : Problem(result);
    }

    /// <summary>Changes an entry's names and order, and its code while no record uses it (409 once used). Permission: Dictionaries.Manage.</summary>
    [HttpPut("{kind}/{code}")]
    [RequirePermission(DictionariesPermissions.Manage)]
    [ProducesResponseType<DictionaryEntryDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(string kind, string code, DictionaryEntryRequest request, CancellationToken ct)
    {
        var result = await dictionaries.UpdateAsync(kind, code, new EntryInput(request.Code, request.NameEn, request.NameZh, request.Order), request.Version, ct);
        return result.Succeeded ? Ok(ToDto(result.Value!)) : Problem(result);
    }

    /// <summary>Deactivates an entry: forms stop offering it and refuse it; records keep showing its name. Permission: Dictionaries.Manage.</summary>
    [HttpPost("{kind}/{code}/deactivate")]
    [RequirePermission(DictionariesPermissions.Manage)]
    [ProducesResponseType<DictionaryEntryDto>(StatusCodes.Status200OK)]
    public Task<IActionResult> Deactivate(string kind, string code, DictionaryStatusRequest? request, CancellationToken ct) => SetActiveAsync(kind, code, false, request, ct);

    /// <summary>Reactivates an entry. Permission: Dictionaries.Manage.</summary>
    [HttpPost("{kind}/{code}/reactivate")]
    [RequirePermission(DictionariesPermissions.Manage)]
    [ProducesResponseType<DictionaryEntryDto>(StatusCodes.Status200OK)]
    public Task<IActionResult> Reactivate(string kind, string code, DictionaryStatusRequest? request, CancellationToken ct) => SetActiveAsync(kind, code, true, request, ct);

    private async Task<IActionResult> SetActiveAsync(string kind, string code, bool active, DictionaryStatusRequest? request, CancellationToken ct)
    {
        var result = await dictionaries.SetActiveAsync(kind, code, active, request?.Version, ct);
        return result.Succeeded ? Ok(ToDto(result.Value!)) : Problem(result);
    }

    internal static DictionaryEntryDto ToDto(DictionaryEntry e) => new(e.Kind, e.Code, e.NameEn, e.NameZh, e.SortOrder, e.Active, e.Used, Versions.Format(e.Version));
}
