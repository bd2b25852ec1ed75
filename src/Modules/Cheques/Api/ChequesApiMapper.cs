using Admin.Modules.Cheques.Models;
using Riok.Mapperly.Abstractions;

namespace Admin.Modules.Cheques.Api;

/// <summary>Entity → DTO mappings of the Cheques API, generated at compile time by Mapperly (a DTO member left unfilled is a build error).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class ChequesApiMapper
{
    // Named: the DTO's receipt number is the printed receipt (44010001-C000042), not the bare sequence number the entity
    // also has, which Mapperly would otherwise take by name.
    [MapProperty(nameof(Cheque.Receipt), nameof(ChequeDto.ReceiptNumber))]
    [MapProperty(nameof(Cheque.OutletCode), nameof(ChequeDto.Outlet))]
    [MapProperty(nameof(Cheque.CustomerCode), nameof(ChequeDto.Customer))]
    public static partial ChequeDto ToDto(Cheque cheque);
}
