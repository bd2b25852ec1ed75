using Admin.Kernel.Data;
using Admin.Kernel.Permissions;
using Admin.Kernel.Api;
using Admin.Kernel.Results;
using Admin.Modules.InvoiceTitles.Models;
using Admin.Modules.InvoiceTitles.Services;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Modules.InvoiceTitles.Api;

/// <summary>
/// A customer's invoice title. <c>type</c>: Company, Individual, Institution; <c>status</c>: Active or Archived (printed on a
/// receipt, then removed); <c>templateId</c> and <c>detached</c>: whether it follows a head-office template.
/// </summary>
public sealed record InvoiceTitleDto(
    Guid Id, Guid CustomerId, string Type, string BuyerName, string? TaxpayerNumber, string? Address, string? Phone,
    string? BankName, string? BankAccount, string? Email, string? Note, bool IsDefault, string Status, Guid? TemplateId,
    bool Detached, bool UsedOnReceipt, DateTimeOffset CreatedAt, string Version);

/// <summary>A title's fields; <c>makeDefault</c> makes it the customer's default; <c>version</c> is required on update.</summary>
public sealed record InvoiceTitleRequest(
    string? Type, string? BuyerName, string? TaxpayerNumber, string? Address, string? Phone, string? BankName,
    string? BankAccount, string? Email, string? Note, bool? MakeDefault, string? Version)
{
    internal TitleInput Input => new(Type, BuyerName, TaxpayerNumber, Address, Phone, BankName, BankAccount, Email, Note);
}

/// <summary>Optional version for an action on a title.</summary>
public sealed record InvoiceTitleActionRequest(string? Version);

/// <summary>An invoice title template (head office's verified title of one company), with how many titles follow it.</summary>
public sealed record InvoiceTitleTemplateDto(
    Guid Id, string Type, string BuyerName, string? TaxpayerNumber, string? Address, string? Phone, string? BankName,
    string? BankAccount, string? Email, string? Note, string Owner, string Status, int LinkedTitles, DateTimeOffset CreatedAt, string Version);

/// <summary>A template's fields and owner; <c>status</c> (Active, Retired) and <c>version</c> on update.</summary>
public sealed record InvoiceTitleTemplateRequest(
    string? Type, string? BuyerName, string? TaxpayerNumber, string? Address, string? Phone, string? BankName,
    string? BankAccount, string? Email, string? Note, string? Owner, string? Status, string? Version)
{
    internal TemplateInput Input => new(new TitleInput(Type, BuyerName, TaxpayerNumber, Address, Phone, BankName, BankAccount, Email, Note), Owner);
}

/// <summary>What a template import created.</summary>
public sealed record InvoiceTitleTemplateImportResponse(int Created);
