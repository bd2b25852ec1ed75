using Admin.Kernel.Settings;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.Cards.Contracts;

/// <summary>
/// The model of the card-number input. <see cref="Name"/> is the form field (and the ModelState key whose first error is shown
/// beside it); <see cref="Label"/> is English (translated); <see cref="Multiple"/> makes it a text area that the reader appends
/// one number per line to (stock tasks); <see cref="Simulated"/> comes from the <c>Cards.SimulatedReader</c> setting.
/// </summary>
public sealed record CardNumberInputModel(string Name, string Id, string? Value, string Label, bool Required, bool Multiple, bool Small, string? Error, bool Simulated);

/// <summary>
/// The one card-number input of every card screen (stock tasks, card query, issuing): the number field, typed or scanned
/// (that always works), with a "Read card" button that asks the theme's card reader interface (<c>AdminCardReader</c>,
/// docs/card-reader.md) for the card in the reader:
/// <code>@await Component.InvokeAsync(typeof(CardNumberInputViewComponent), new { name = "Number", value = Model.Number, required = true })</code>
/// </summary>
public sealed class CardNumberInputViewComponent(SystemSettings settings) : ViewComponent
{
    private const string ViewPath = "/Areas/Cards/Views/Shared/Components/CardNumberInput/Default.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(
        string name, string? value = null, string label = "Card number", bool required = false, bool multiple = false, bool small = false, string? id = null)
    {
        var error = ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;
        var simulated = await settings.GetBoolAsync(CardsSettings.SimulatedReader, HttpContext.RequestAborted);
        return View(ViewPath, new CardNumberInputModel(name, id ?? name, value, label, required, multiple, small, error, simulated));
    }
}
