using Admin.Kernel.Idempotency;
using Admin.Kernel.Localization;
using Admin.Kernel.Money;
using Admin.Kernel.Permissions;
using Admin.Kernel.Screens;
using Admin.Modules.Allocations.Services;
using Admin.Modules.Allocations.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Allocations.Controllers;

/// <summary>The pre-allocation screens (预分配, 客户预分模板) under 发卡充值.</summary>
public sealed class AllocationsController(PreAllocation allocations, AllocationTemplates templates, AdminText text) : Controller
{
    [HttpGet("allocations")]
    [RequirePermission(AllocationsPermissions.Allocate)]
    [CounterTaskScreen(CounterTaskPick.Customer, "allocation-form")]
    public async Task<IActionResult> Allocate(string? customer, string? primaryCard, CancellationToken ct) =>
        View(await FillAsync(new AllocationFormViewModel { Customer = customer, PrimaryCard = primaryCard }, ct));

    [HttpPost("allocations")]
    [RequirePermission(AllocationsPermissions.Allocate)]
    [ValidateAntiForgeryToken]
    [Idempotent]
    public async Task<IActionResult> Allocate(AllocationFormViewModel form, CancellationToken ct)
    {
        var rows = new List<AllocationCardInput?>();
        var formRows = new List<int>();
        var fields = new FormFieldNames().Rename("cards", "Cards[0].Card")
            .Rows("cards", nameof(form.Cards), formRows, ("card", nameof(CardAmountRow.Card)), ("amount", nameof(CardAmountRow.Amount)));
        for (var i = 0; i < form.Cards.Count; i++)
        {
            var row = form.Cards[i];
            if (!string.IsNullOrWhiteSpace(row.Card) || !string.IsNullOrWhiteSpace(row.Amount))
            {
                formRows.Add(i);
                rows.Add(new AllocationCardInput(row.Card, Parse(row.Amount, fields.Of($"cards[{rows.Count}].amount"))));
            }
        }

        var total = Parse(form.Total, "total");
        if (ModelState.ErrorCount == 0)
        {
            var result = await allocations.AllocateAsync(new AllocationInput(form.Customer, form.PrimaryCard, rows, string.IsNullOrWhiteSpace(form.Template) ? null : form.Template, total), ct);
            if (result.Succeeded)
            {
                this.Notify("Pre-allocated {0} to {1} cards.", Money.Display(result.Value!.Total), result.Value.Lines.Count);
                return RedirectToAction(nameof(Receipt), new { id = result.Value.Id });
            }

            ModelState.AddFormErrors(result, text, fields);
        }

        return View(await FillAsync(form, ct));
    }

    [HttpGet("allocations/{id:guid}")]
    [RequirePermission(AllocationsPermissions.View)]
    public async Task<IActionResult> Receipt(Guid id, CancellationToken ct) =>
        await allocations.FindAsync(id, ct) is { } a ? View(new AllocationReceiptViewModel { Allocation = a }) : NotFound();

    [HttpGet("allocations/templates")]
    [RequirePermission(AllocationsPermissions.Templates)]
    [CounterTaskScreen(CounterTaskPick.Customer, "template-form")]
    public async Task<IActionResult> Templates(string? customer, Guid? edit, CancellationToken ct)
    {
        var model = new TemplatesViewModel { Customer = customer };
        var found = await templates.CustomerAsync(customer, ct);
        if (found is not null)
        {
            model.Templates = await templates.ListAsync(found.Id, ct);
            model.CustomerName = found.Name;
            model.Customer = found.Code;
            if (edit is { } id && model.Templates.FirstOrDefault(t => t.Id == id) is { } t)
            {
                model.Form = new TemplateFormViewModel
                {
                    Id = t.Id, Version = Admin.Kernel.Data.Versions.Format(t.Version), Name = t.Name, Mode = t.Mode.ToString(),
                    Lines = [.. t.Lines.OrderBy(l => l.LineNo).Select(l => new CardAmountRow { Card = l.CardNumber, Amount = Money.Format(l.Value) })],
                };
            }
        }
        else if (!string.IsNullOrWhiteSpace(customer))
        {
            ModelState.AddModelError("customer", text.Message(AllocationsErrors.CustomerNotFound()));
        }

        model.Form.Customer = model.Customer;
        Pad(model.Form.Lines, TemplateFormViewModel.Rows);
        return View(model);
    }

    [HttpPost("allocations/templates")]
    [RequirePermission(AllocationsPermissions.Templates)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SaveTemplate([Bind(Prefix = "Form")] TemplateFormViewModel form, CancellationToken ct)
    {
        var customer = await templates.CustomerAsync(form.Customer, ct);
        if (customer is null)
        {
            return NotFound();
        }

        var lines = new List<TemplateLineInput?>();
        var formRows = new List<int>();
        var fields = new FormFieldNames().Prefix("Form").Rename("cards", "Form.Lines[0].Card")
            .Rows("lines", "Form.Lines", formRows, ("card", nameof(CardAmountRow.Card)), ("value", nameof(CardAmountRow.Amount)));
        for (var i = 0; i < form.Lines.Count; i++)
        {
            var row = form.Lines[i];
            if (!string.IsNullOrWhiteSpace(row.Card) || !string.IsNullOrWhiteSpace(row.Amount))
            {
                formRows.Add(i);
                lines.Add(new TemplateLineInput(row.Card, Parse(row.Amount, fields.Of($"lines[{lines.Count}].value"))));
            }
        }

        if (ModelState.ErrorCount == 0)
        {
            var input = new TemplateInput(form.Name, form.Mode, lines, form.Version);
            var result = form.Id is { } id ? await templates.UpdateAsync(id, input, ct) : await templates.CreateAsync(customer, input, ct);
            if (result.Succeeded)
            {
                this.Notify("Pre-allocation template {0} saved.", result.Value!.Name);
                return Redirect(Url.Content($"~/allocations/templates?customer={Uri.EscapeDataString(customer.Code)}"));
            }

            ModelState.AddFormErrors(result, text, fields);
        }

        Pad(form.Lines, TemplateFormViewModel.Rows);
        return View("Templates", new TemplatesViewModel
        {
            Customer = customer.Code, CustomerName = customer.Name, Templates = await templates.ListAsync(customer.Id, ct), Form = form,
        });
    }

    [HttpPost("allocations/templates/{id:guid}/delete")]
    [RequirePermission(AllocationsPermissions.Templates)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> DeleteTemplate(Guid id, string? version, string? customer, CancellationToken ct)
    {
        var result = await templates.DeleteAsync(id, version, ct);
        if (result.Succeeded)
        {
            this.Notify("Pre-allocation template deleted.");
        }
        else
        {
            this.NotifyError(result);
        }

        return Redirect(Url.Content($"~/allocations/templates?customer={Uri.EscapeDataString(customer ?? "")}"));
    }

    private decimal? Parse(string? value, string field)
    {
        var parsed = Money.Parse(value, field);
        if (!parsed.Succeeded)
        {
            ModelState.AddModelError(field, text.Message(parsed.Errors[0]));
        }

        return parsed.Value;
    }

    private async Task<AllocationFormViewModel> FillAsync(AllocationFormViewModel model, CancellationToken ct)
    {
        var customer = await templates.CustomerAsync(model.Customer, ct);
        if (customer is not null)
        {
            model.Templates = await templates.ListAsync(customer.Id, ct);
        }

        Pad(model.Cards, AllocationFormViewModel.Rows);
        return model;
    }

    private static void Pad(List<CardAmountRow> rows, int count)
    {
        while (rows.Count < count)
        {
            rows.Add(new CardAmountRow());
        }
    }
}
