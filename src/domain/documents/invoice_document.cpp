#include "domain/documents/invoice_document.h"

#include "domain/documents/handouts/case_wording.h"
#include "domain/documents/handouts/document_frame.h"
#include "domain/documents/handouts/document_writer.h"
#include "domain/documents/record_labels.h"
#include "domain/practice/share_text.h"

namespace cg::domain::documents {

namespace {

// Unnumbered: an invoice is read as a statement, not cited by clause.
void heading(Document& document, const std::string& text) {
    Heading h;
    h.level = 2;
    h.text = {{text, TextStyle::Bold}};
    document.blocks.emplace_back(std::move(h));
}

void line(Document& document, RichText text, Alignment alignment = Alignment::Left, double spaceAfterMm = 0.5) {
    Paragraph p;
    p.text = std::move(text);
    p.alignment = alignment;
    p.spaceAfterMm = spaceAfterMm;
    document.blocks.emplace_back(std::move(p));
}

void letterhead(Document& document, const Case& head) {
    line(document, {{head.mediator.empty() ? std::string("The mediator") : head.mediator, TextStyle::Bold}},
         Alignment::Right);
    line(document, {{"Mediator", TextStyle::Regular}}, Alignment::Right, 3);
}

void billTo(Document& document, const CaseRecord& record, const practice::PartyInvoice& invoice) {
    line(document, {{"Bill to", TextStyle::Bold}});
    line(document, {{invoice.partyName, TextStyle::Regular}});
    const Party* party = record.findParty(invoice.partyNo);
    if (party && !party->representative.empty()) line(document, {{"Attn. " + party->representative, TextStyle::Regular}});
    // An address is stored as the party typed it, on one or several lines.
    std::string address = party ? party->address : std::string{};
    std::size_t start = 0;
    while (start < address.size()) {
        const std::size_t end = address.find('\n', start);
        const std::string part = address.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!part.empty()) line(document, {{part, TextStyle::Regular}});
        if (end == std::string::npos) break;
        start = end + 1;
    }
    if (address.empty()) line(document, {{"(no address recorded)", TextStyle::Italic}});
    document.blocks.emplace_back(Spacer{4});
}

Table linesTable(const std::vector<practice::InvoiceLine>& lines, bool withQuantity) {
    Table table;
    // Wide enough for "2026-03-17", "fixed fee" and "USD 12,000.00" on one
    // line each in the table type (9.5 pt) on A4 or Letter.
    table.columns.push_back({"Date", 1.8});
    table.columns.push_back({"Description", withQuantity ? 3.6 : 5.2});
    if (withQuantity) table.columns.push_back({"Time", 1.6, Alignment::Right});
    table.columns.push_back({"Case amount", 2.2, Alignment::Right});
    table.columns.push_back({"Share", 1.4, Alignment::Right});
    table.columns.push_back({"Your part", 2.2, Alignment::Right});
    for (const auto& l : lines) {
        std::vector<std::string> row{dateText(l.date), l.description};
        if (withQuantity) row.push_back(l.quantity.empty() ? "—" : l.quantity);
        row.insert(row.end(), {l.caseAmount.display(), practice::shareText(l.basisPoints), l.partyAmount.display()});
        table.rows.push_back(std::move(row));
    }
    return table;
}

Table paymentsTable(const std::vector<Payment>& payments) {
    Table table;
    table.columns = {{"Received", 1.8}, {"Reference", 6.6}, {"Amount", 2.2, Alignment::Right}};
    for (const auto& p : payments)
        table.rows.push_back({dateText(p.receivedOn), p.reference.empty() ? "—" : p.reference, p.amount.display()});
    return table;
}

// The totals as right-aligned lines held together with the balance, so the
// figure a party pays is never alone on a page of its own.
void totals(Document& document, const practice::PartyInvoice& invoice) {
    document.blocks.emplace_back(Spacer{3});
    const auto total = [&](const std::string& label, const Money& amount) {
        Paragraph p;
        p.text = {{label + ": " + amount.display(), TextStyle::Regular}};
        p.alignment = Alignment::Right;
        p.keepWithNext = true;
        p.spaceAfterMm = 0.5;
        document.blocks.emplace_back(std::move(p));
    };
    total("Fees", invoice.feesTotal);
    total("Expenses", invoice.expensesTotal);
    total("Total invoiced", invoice.invoiced);
    total("Paid", invoice.paid);
    // An overpayment is carried as a credit, not shown as a negative amount.
    const std::string balance = invoice.credit.isZero() ? "Balance due: " + invoice.balance.display()
                                                        : "In credit: " + invoice.credit.display();
    line(document, {{balance, TextStyle::Bold}}, Alignment::Right, 4);
}

void facts(Document& document, const std::string& label, const std::string& text) {
    line(document, {{label + ": ", TextStyle::Bold}, {text, TextStyle::Regular}}, Alignment::Left, 1);
}

}  // namespace

Document invoiceDocument(const CaseRecord& record, const practice::PartyInvoice& invoice, PaperSize paper) {
    DocumentFrame frame;
    frame.title = "Invoice " + invoice.number;
    frame.subject = "Invoice " + invoice.number + " to " + invoice.partyName;
    frame.keywords = "invoice; " + invoice.number + "; " + record.head.reference;
    frame.footer = "Invoice " + invoice.number + " of " + writtenDate(invoice.issuedOn) +
                   " — mediation " + record.head.reference;
    frame.date = invoice.issuedOn;
    frame.paper = paper;
    Document document = framedDocument(record, frame);

    letterhead(document, record.head);
    DocumentWriter writer(document);
    writer.title("Invoice");
    facts(document, "Invoice number", invoice.number);
    facts(document, "Date", writtenDate(invoice.issuedOn));
    facts(document, "Mediation", record.head.title + " (" + record.head.reference + ")");
    writer.spacer(4);
    billTo(document, record, invoice);

    heading(document, "Fees");
    writer.table(linesTable(invoice.fees, true), "No fees charged yet.");
    heading(document, "Expenses");
    writer.table(linesTable(invoice.expenses, false), "No expenses charged.");
    heading(document, "Payments received");
    writer.table(paymentsTable(invoice.payments), "No payments received yet.");
    totals(document, invoice);
    writer.note("Payable within thirty days. Each party pays its own share only.");
    return document;
}

}  // namespace cg::domain::documents
