using Admin.Kernel.Results;
using Admin.Modules.InvoiceTitles.Models;

namespace Admin.Modules.InvoiceTitles.Services;

/// <summary>The fields of a title as a form or the API sends them (text, checked by <see cref="Parse"/>).</summary>
public sealed record TitleInput(
    string? Type, string? BuyerName, string? TaxpayerNumber, string? Address, string? Phone,
    string? BankName, string? BankAccount, string? Email, string? Note)
{
    /// <summary>Cleans and checks the fields.</summary>
    public OperationResult<TitleDetails> Parse() =>
        TitleDetails.Create(Type, BuyerName, TaxpayerNumber, Address, Phone, BankName, BankAccount, Email, Note);

    /// <summary>The input that shows <paramref name="details"/> in a form.</summary>
    public static TitleInput From(TitleDetails details) => new(
        details.Type.ToString(), details.BuyerName, details.TaxpayerNumber, details.Address, details.Phone,
        details.BankName, details.BankAccount, details.Email, details.Note);
}

/// <summary>A template's fields: a title plus who owns it.</summary>
public sealed record TemplateInput(TitleInput Title, string? Owner);
