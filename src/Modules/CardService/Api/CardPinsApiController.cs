using Admin.Kernel.Api;
using Admin.Kernel.Permissions;
using Admin.Kernel.Reviews;
using Admin.Modules.CardService.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.CardService.Api;

/// <summary>Card PINs (3.23–3.25) on the API. PINs are sent, never answered back.</summary>
[Route("api/card-service/cards/{number}/pin")]
public sealed class CardPinsApiController(CardPins pins) : AdminApiController
{
    /// <summary>
    /// Changes the PIN with the old one: the new PIN is 6 digits, not one digit repeated (400 <c>cardService.pinTooSimple</c>), not
    /// the holder's birth date (400 <c>cardService.pinBirthDate</c>); a wrong old PIN 400 on <c>oldPin</c>; no PIN yet or locked 409.
    /// Permission: CardService.ChangePin.
    /// </summary>
    [HttpPost("change")]
    [RequirePermission(CardServicePermissions.ChangePin)]
    [ProducesResponseType<PinOutcome>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Change(string number, PinChangeRequest request, CancellationToken ct)
    {
        var result = await pins.ChangeAsync(number, request.OldPin, request.NewPin, request.ConfirmPin, ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>Unlocks a PIN locked after too many wrong PINs; the customer's ID number must match. Permission: CardService.UnlockPin.</summary>
    [HttpPost("unlock")]
    [RequirePermission(CardServicePermissions.UnlockPin)]
    [ProducesResponseType<PinOutcome>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Unlock(string number, IdentityRequest request, CancellationToken ct)
    {
        var result = await pins.UnlockAsync(number, request.IdNumber, ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }

    /// <summary>
    /// Resets the PIN without the old one (the first PIN of a card too): the customer's ID number must match, the new PIN follows the
    /// rules of a change, and a colleague reviews it: the first answer is 428 <c>review.required</c> (review point
    /// <c>CardService.PinReset</c>); repeat with <c>review: {loginName, password}</c>. Permission: CardService.ResetPin.
    /// </summary>
    [HttpPost("reset")]
    [RequirePermission(CardServicePermissions.ResetPin)]
    [ProducesResponseType<PinOutcome>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Reset(string number, PinResetRequest request, CancellationToken ct)
    {
        var result = await pins.ResetAsync(number, request.IdNumber, request.NewPin, request.ConfirmPin,
            request.Review is null ? null : new ReviewCredentials(request.Review.LoginName, request.Review.Password), ct);
        return result.Succeeded ? Ok(result.Value) : Problem(result);
    }
}
