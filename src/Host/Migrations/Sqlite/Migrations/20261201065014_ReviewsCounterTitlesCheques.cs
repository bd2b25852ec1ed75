using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewsCounterTitlesCheques : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Counter_Customers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdType = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Balance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_Customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Counter_FeeItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_FeeItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Counter_PaymentMethods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_PaymentMethods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Counter_Sequences",
                columns: table => new
                {
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_Sequences", x => new { x.OutletId, x.Name });
                });

            migrationBuilder.CreateTable(
                name: "InvoiceTitles_Templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BankAccount = table.Column<string>(type: "TEXT", maxLength: 34, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceTitles_Templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reviews_Authorisations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PointCodes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TaskType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TaskId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    MakerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MakerLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews_Authorisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reviews_ChainHeads",
                columns: table => new
                {
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews_ChainHeads", x => x.OutletId);
                });

            migrationBuilder.CreateTable(
                name: "Reviews_PointSettings",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews_PointSettings", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Reviews_RequestMarks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MakerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews_RequestMarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cheques_Cheques",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ReceiptNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DrawerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DrawerBank = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BankKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DrawerAccount = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ChequeDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClearedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClearedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClearedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BouncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BouncedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BounceReason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    BounceNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NegativeBalance = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cheques_Cheques", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cheques_Cheques_Counter_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Counter_Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Counter_BalanceEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BalanceAfter = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_BalanceEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Counter_BalanceEntries_Counter_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Counter_Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Counter_FeeCollections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ReceiptNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    InvoiceTitleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InvoiceTitle = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_FeeCollections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Counter_FeeCollections_Counter_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Counter_Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Counter_FeeAmounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeeItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_FeeAmounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Counter_FeeAmounts_Counter_FeeItems_FeeItemId",
                        column: x => x.FeeItemId,
                        principalTable: "Counter_FeeItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceTitles_Titles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detached = table.Column<bool>(type: "INTEGER", nullable: false),
                    UsedOnReceipt = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BankAccount = table.Column<string>(type: "TEXT", maxLength: 34, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceTitles_Titles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceTitles_Titles_InvoiceTitles_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "InvoiceTitles_Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cheques_Events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChequeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BalanceChange = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cheques_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cheques_Events_Cheques_Cheques_ChequeId",
                        column: x => x.ChequeId,
                        principalTable: "Cheques_Cheques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Counter_FeeCollectionLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeeCollectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    FeeCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FeeNameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FeeNameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ScheduleAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CollectedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_FeeCollectionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Counter_FeeCollectionLines_Counter_FeeCollections_FeeCollectionId",
                        column: x => x.FeeCollectionId,
                        principalTable: "Counter_FeeCollections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_CustomerId_ReceivedAt",
                table: "Cheques_Cheques",
                columns: new[] { "CustomerId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_CustomerId_Status_BouncedOn",
                table: "Cheques_Cheques",
                columns: new[] { "CustomerId", "Status", "BouncedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_Live",
                table: "Cheques_Cheques",
                columns: new[] { "BankKey", "Number" },
                unique: true,
                filter: "\"Status\" <> 'Bounced'");

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_Number",
                table: "Cheques_Cheques",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_OutletId_ReceiptNumber",
                table: "Cheques_Cheques",
                columns: new[] { "OutletId", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_OutletId_ReceivedAt",
                table: "Cheques_Cheques",
                columns: new[] { "OutletId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_ReceivedAt_OutletCode_ReceiptNumber",
                table: "Cheques_Cheques",
                columns: new[] { "ReceivedAt", "OutletCode", "ReceiptNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_Status_ReceivedAt",
                table: "Cheques_Cheques",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Events_ChequeId_At",
                table: "Cheques_Events",
                columns: new[] { "ChequeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Events_OperatorId_At",
                table: "Cheques_Events",
                columns: new[] { "OperatorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Counter_BalanceEntries_CustomerId_At",
                table: "Counter_BalanceEntries",
                columns: new[] { "CustomerId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Counter_Customers_Code",
                table: "Counter_Customers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Counter_Customers_IdNumber",
                table: "Counter_Customers",
                column: "IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Counter_Customers_OutletId_Code",
                table: "Counter_Customers",
                columns: new[] { "OutletId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Counter_Customers_Phone",
                table: "Counter_Customers",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_Counter_FeeAmounts_FeeItemId_EffectiveFrom",
                table: "Counter_FeeAmounts",
                columns: new[] { "FeeItemId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Counter_FeeCollectionLines_FeeCollectionId",
                table: "Counter_FeeCollectionLines",
                column: "FeeCollectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Counter_FeeCollections_At",
                table: "Counter_FeeCollections",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Counter_FeeCollections_CustomerId",
                table: "Counter_FeeCollections",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Counter_FeeCollections_OutletId_ReceiptNumber",
                table: "Counter_FeeCollections",
                columns: new[] { "OutletId", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Counter_FeeItems_Code",
                table: "Counter_FeeItems",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Counter_PaymentMethods_Code",
                table: "Counter_PaymentMethods",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceTitles_Templates_BuyerName",
                table: "InvoiceTitles_Templates",
                column: "BuyerName");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceTitles_Templates_TaxpayerNumber",
                table: "InvoiceTitles_Templates",
                column: "TaxpayerNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceTitles_Titles_CustomerId_Status",
                table: "InvoiceTitles_Titles",
                columns: new[] { "CustomerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceTitles_Titles_OneDefault",
                table: "InvoiceTitles_Titles",
                column: "CustomerId",
                unique: true,
                filter: "\"IsDefault\" AND \"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceTitles_Titles_OneTaxpayerNumber",
                table: "InvoiceTitles_Titles",
                columns: new[] { "CustomerId", "TaxpayerNumber" },
                unique: true,
                filter: "\"TaxpayerNumber\" IS NOT NULL AND \"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceTitles_Titles_TemplateId",
                table: "InvoiceTitles_Titles",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Authorisations_MakerId_OccurredAt",
                table: "Reviews_Authorisations",
                columns: new[] { "MakerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Authorisations_OccurredAt_Id",
                table: "Reviews_Authorisations",
                columns: new[] { "OccurredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Authorisations_OutletId_Sequence",
                table: "Reviews_Authorisations",
                columns: new[] { "OutletId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_RequestMarks_MakerId_RequestHash_RequestedAt",
                table: "Reviews_RequestMarks",
                columns: new[] { "MakerId", "RequestHash", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Cheques_Events");

            migrationBuilder.DropTable(
                name: "Counter_BalanceEntries");

            migrationBuilder.DropTable(
                name: "Counter_FeeAmounts");

            migrationBuilder.DropTable(
                name: "Counter_FeeCollectionLines");

            migrationBuilder.DropTable(
                name: "Counter_PaymentMethods");

            migrationBuilder.DropTable(
                name: "Counter_Sequences");

            migrationBuilder.DropTable(
                name: "InvoiceTitles_Titles");

            migrationBuilder.DropTable(
                name: "Reviews_Authorisations");

            migrationBuilder.DropTable(
                name: "Reviews_ChainHeads");

            migrationBuilder.DropTable(
                name: "Reviews_PointSettings");

            migrationBuilder.DropTable(
                name: "Reviews_RequestMarks");

            migrationBuilder.DropTable(
                name: "Cheques_Cheques");

            migrationBuilder.DropTable(
                name: "Counter_FeeItems");

            migrationBuilder.DropTable(
                name: "Counter_FeeCollections");

            migrationBuilder.DropTable(
                name: "InvoiceTitles_Templates");

            migrationBuilder.DropTable(
                name: "Counter_Customers");
        }
    }
}
