using System.Globalization;
using System.Text.Json;
using Admin.Modules.Cards.Contracts;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.Issuing.Models;
using Admin.Modules.Printing.Contracts;

namespace Admin.Modules.Issuing.Services;

/// <summary>
/// Printing's forms of an issuing task: the customer application form of any issue record (<c>card-issue</c>: its cards with
/// product, holder and plate, each card's fees and deposit, the customer or anonymous buyer, maker and reviewer) and, for a
/// secondary-card task, the secondary-card list (<c>secondary-card-list</c>, DOMAIN: "the secondary-card list is printed").
/// </summary>
public sealed class IssuePrintSource(IssueQuery records, ICards cards, ICardProducts products, ICustomerDirectory customers, IPaymentMethodDirectory methods)
    : IPrintSource
{
    public const string CardIssue = "card-issue";
    public const string SecondaryCardList = "secondary-card-list";

    public IReadOnlyList<string> TaskTypes { get; } = [CardIssue, SecondaryCardList];

    public string Permission => IssuingPermissions.View;

    public IReadOnlyList<VoucherKindInfo> VoucherKinds { get; } = [];

    public string FormLinkText(string taskType) => taskType == SecondaryCardList ? "Print secondary-card list" : "Print form";

    public async Task<PrintModel?> LoadAsync(string taskType, Guid taskId, CancellationToken ct = default)
    {
        if (await records.FindAsync(taskId, ct) is not { } r || (taskType == SecondaryCardList && r.Kind != IssueKind.Secondary))
        {
            return null;
        }

        var issued = new List<(string Number, CardInfo? Card, string Product)>();
        foreach (var number in r.Lines.OrderBy(l => l.LineNo).Select(l => l.CardNumber).Distinct())
        {
            var id = r.Lines.First(l => l.CardNumber == number).CardId;
            var card = await cards.FindAsync(id, ct);
            var product = card is null ? null : await products.FindAsync(card.ProductId, ct);
            issued.Add((number, card, product is null ? card?.ProductCode ?? "" : $"{product.NameZh} {product.NameEn}"));
        }

        var primaryId = issued.Select(c => c.Card?.PrimaryCardId).FirstOrDefault(p => p is not null);
        var primary = primaryId is { } pid ? (await cards.FindAsync(pid, ct))?.Number : null;
        var customer = r.CustomerId is { } cid ? await customers.FindAsync(cid, ct) : null;
        var method = await methods.NameAsync(r.PaymentMethod, ct);
        var (titleZh, titleEn) = taskType == SecondaryCardList ? ("副卡清单", "Secondary-card list") : r.Kind switch
        {
            IssueKind.Secondary => ("发副卡", "Secondary cards"),
            IssueKind.Anonymous => ("不记名卡销售", "Anonymous cards"),
            _ => ("开户发卡", "Account opening and card issue"),
        };

        var rows = new List<PrintRow>();
        if (primary is not null)
        {
            rows.Add(new("主卡", "Primary card", primary));
        }

        rows.Add(new("卡数", "Cards", issued.Count.ToString(CultureInfo.InvariantCulture)));
        PrintTable table;
        IReadOnlyList<PrintItem> items;
        if (taskType == SecondaryCardList)
        {
            table = new PrintTable("副卡", "Secondary cards", ["序号 No.", "卡号 Card No.", "持卡人 Holder", "车牌 Vehicle plate", "服务费 Service fee"],
                issued.Select((c, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(CultureInfo.InvariantCulture), c.Number, c.Card?.HolderName ?? "", c.Card?.VehiclePlate ?? "",
                    Amount(r.Lines.Where(l => l.CardNumber == c.Number && l.Code == "SERVICE").Sum(l => l.Collected)),
                ]).ToList());
            items = [];
        }
        else
        {
            rows.Add(new("发票", "Invoice", !r.ServiceInvoice ? "不开服务费发票 Service-fee invoice declined" : Title(r.InvoiceTitle) ?? "—"));
            table = new PrintTable("卡片", "Cards", ["序号 No.", "卡号 Card No.", "产品 Product", "持卡人 Holder", "车牌 Vehicle plate"],
                issued.Select((c, i) => (IReadOnlyList<string>)
                    [(i + 1).ToString(CultureInfo.InvariantCulture), c.Number, c.Product, c.Card?.HolderName ?? "", c.Card?.VehiclePlate ?? ""]).ToList());
            items = r.Lines.OrderBy(l => l.LineNo).Select(l => new PrintItem($"{l.NameEn} · {l.CardNumber}", l.NameZh, 1, l.Schedule, l.Collected)).ToList();
        }

        return new PrintModel(
            titleZh, titleEn, r.OutletId, r.OutletCode, r.Receipt, r.At, r.CustomerCode, r.CustomerName ?? r.BuyerName,
            customer?.IdType ?? r.BuyerIdType, PrintModel.Mask(customer?.IdNumber ?? r.BuyerIdNumber), rows, items,
            method?.En ?? r.PaymentMethod, method?.Zh ?? r.PaymentMethod, r.Total, r.OperatorLogin, r.ReviewerLogin, Table: table);
    }

    private static string Amount(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string? Title(string? json)
    {
        if (json is null)
        {
            return null;
        }

        var title = JsonSerializer.Deserialize<InvoiceTitleCopy>(json);
        return title is null ? null : title.TaxpayerNumber is null ? title.BuyerName : $"{title.BuyerName}  {title.TaxpayerNumber}";
    }
}
