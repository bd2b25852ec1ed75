using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdType = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Balance = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_Customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Counter_FeeItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_FeeItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Counter_PaymentMethods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_PaymentMethods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Counter_Sequences",
                columns: table => new
                {
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_Sequences", x => new { x.OutletId, x.Name });
                });

            migrationBuilder.CreateTable(
                name: "InvoiceTitles_Templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Owner = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BuyerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    BankName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BankAccount = table.Column<string>(type: "character varying(34)", maxLength: 34, nullable: true),
                    Email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceTitles_Templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reviews_Authorisations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PointCodes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    TaskType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TaskId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    MakerId = table.Column<Guid>(type: "uuid", nullable: true),
                    MakerLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewerLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ClientIp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews_Authorisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reviews_ChainHeads",
                columns: table => new
                {
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews_ChainHeads", x => x.OutletId);
                });

            migrationBuilder.CreateTable(
                name: "Reviews_PointSettings",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    Parameters = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews_PointSettings", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Reviews_RequestMarks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    MakerId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews_RequestMarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cheques_Cheques",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ReceiptNumber = table.Column<long>(type: "bigint", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DrawerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DrawerBank = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BankKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DrawerAccount = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ChequeDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClearedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClearedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClearedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BouncedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BouncedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BounceReason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    BounceNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NegativeBalance = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    BalanceAfter = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OperatorLogin = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ReceiptNumber = table.Column<long>(type: "bigint", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PaymentMethod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    OperatorLogin = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    InvoiceTitleId = table.Column<Guid>(type: "uuid", nullable: true),
                    InvoiceTitle = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FeeItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    Detached = table.Column<bool>(type: "boolean", nullable: false),
                    UsedOnReceipt = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BuyerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    BankName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BankAccount = table.Column<string>(type: "character varying(34)", maxLength: 34, nullable: true),
                    Email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChequeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    OperatorLogin = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BalanceChange = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FeeCollectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNo = table.Column<int>(type: "integer", nullable: false),
                    FeeCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FeeNameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FeeNameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    UnitAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ScheduleAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CollectedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_FeeCollectionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Counter_FeeCollectionLines_Counter_FeeCollections_FeeCollec~",
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
