using Admin.Kernel.Data;
using Admin.Kernel.Permissions;
using Admin.Kernel.Api;
using Admin.Kernel.Results;
using Admin.Modules.InvoiceTitles.Models;
using Admin.Modules.InvoiceTitles.Services;
using AutoMapper;
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
    // A title and a template show the same details; the DTOs name them alike, so one list maps both.
    private static readonly (string Name, Func<TitleDetails, string?> Value)[] DetailFields =
    [
        (nameof(InvoiceTitleDto.Type), d => d.Type.ToString()), (nameof(InvoiceTitleDto.BuyerName), d => d.BuyerName),
        (nameof(InvoiceTitleDto.TaxpayerNumber), d => d.TaxpayerNumber), (nameof(InvoiceTitleDto.Address), d => d.Address),
        (nameof(InvoiceTitleDto.Phone), d => d.Phone), (nameof(InvoiceTitleDto.BankName), d => d.BankName),
        (nameof(InvoiceTitleDto.BankAccount), d => d.BankAccount), (nameof(InvoiceTitleDto.Email), d => d.Email), (nameof(InvoiceTitleDto.Note), d => d.Note),
    ];

    public InvoiceTitlesMappingProfile()
    {
        MapDetails(CreateMap<TitleView, InvoiceTitleDto>(), v => v.Details, v => v.Status.ToString(), v => v.Version);
        MapDetails(CreateMap<TemplateView, InvoiceTitleTemplateDto>(), v => v.Details, v => v.Status.ToString(), v => v.Version);
    }

    private static void MapDetails<TView, TDto>(IMappingExpression<TView, TDto> map, Func<TView, TitleDetails> details, Func<TView, string> status, Func<TView, long> version)
    {
        foreach (var (name, value) in DetailFields)
        {
            map.ForCtorParam(name, o => o.MapFrom((v, _) => value(details(v))));
        }

        map.ForCtorParam(nameof(InvoiceTitleDto.Status), o => o.MapFrom((v, _) => status(v)));
        map.ForCtorParam(nameof(InvoiceTitleDto.Version), o => o.MapFrom((v, _) => Versions.Format(version(v))));
    }
}
