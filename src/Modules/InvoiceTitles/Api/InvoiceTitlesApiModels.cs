using Admin.Kernel.Data;
using Admin.Kernel.Paging;
using Admin.Kernel.Permissions;
using Admin.Kernel.Api;
using Admin.Kernel.Results;
using Admin.Modules.InvoiceTitles.Models;
using Admin.Modules.InvoiceTitles.Services;
using AutoMapper;
using Microsoft.AspNetCore.Http;
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

internal sealed class InvoiceTitlesMappingProfile : Profile
{
    public InvoiceTitlesMappingProfile()
    {
        CreateMap<TitleView, InvoiceTitleDto>()
            .ForCtorParam(nameof(InvoiceTitleDto.Type), o => o.MapFrom(v => v.Details.Type.ToString()))
            .ForCtorParam(nameof(InvoiceTitleDto.BuyerName), o => o.MapFrom(v => v.Details.BuyerName))
            .ForCtorParam(nameof(InvoiceTitleDto.TaxpayerNumber), o => o.MapFrom(v => v.Details.TaxpayerNumber))
            .ForCtorParam(nameof(InvoiceTitleDto.Address), o => o.MapFrom(v => v.Details.Address))
            .ForCtorParam(nameof(InvoiceTitleDto.Phone), o => o.MapFrom(v => v.Details.Phone))
            .ForCtorParam(nameof(InvoiceTitleDto.BankName), o => o.MapFrom(v => v.Details.BankName))
            .ForCtorParam(nameof(InvoiceTitleDto.BankAccount), o => o.MapFrom(v => v.Details.BankAccount))
            .ForCtorParam(nameof(InvoiceTitleDto.Email), o => o.MapFrom(v => v.Details.Email))
            .ForCtorParam(nameof(InvoiceTitleDto.Note), o => o.MapFrom(v => v.Details.Note))
            .ForCtorParam(nameof(InvoiceTitleDto.Status), o => o.MapFrom(v => v.Status.ToString()))
            .ForCtorParam(nameof(InvoiceTitleDto.Version), o => o.MapFrom(v => Versions.Format(v.Version)));
        CreateMap<TemplateView, InvoiceTitleTemplateDto>()
            .ForCtorParam(nameof(InvoiceTitleTemplateDto.Type), o => o.MapFrom(v => v.Details.Type.ToString()))
            .ForCtorParam(nameof(InvoiceTitleTemplateDto.BuyerName), o => o.MapFrom(v => v.Details.BuyerName))
            .ForCtorParam(nameof(InvoiceTitleTemplateDto.TaxpayerNumber), o => o.MapFrom(v => v.Details.TaxpayerNumber))
            .ForCtorParam(nameof(InvoiceTitleTemplateDto.Address), o => o.MapFrom(v => v.Details.Address))
            .ForCtorParam(nameof(InvoiceTitleTemplateDto.Phone), o => o.MapFrom(v => v.Details.Phone))
            .ForCtorParam(nameof(InvoiceTitleTemplateDto.BankName), o => o.MapFrom(v => v.Details.BankName))
            .ForCtorParam(nameof(InvoiceTitleTemplateDto.BankAccount), o => o.MapFrom(v => v.Details.BankAccount))
            .ForCtorParam(nameof(InvoiceTitleTemplateDto.Email), o => o.MapFrom(v => v.Details.Email))
            .ForCtorParam(nameof(InvoiceTitleTemplateDto.Note), o => o.MapFrom(v => v.Details.Note))
            .ForCtorParam(nameof(InvoiceTitleTemplateDto.Status), o => o.MapFrom(v => v.Status.ToString()))
            .ForCtorParam(nameof(InvoiceTitleTemplateDto.Version), o => o.MapFrom(v => Versions.Format(v.Version)));
    }
}
