#include "app/sections.h"

#include "app/audience.h"
#include "app/claim_dialog.h"
#include "app/clause_dialog.h"
#include "app/conflict_warning.h"
#include "app/fact_dialog.h"
#include "app/interest_dialog.h"
#include "app/party_dialog.h"
#include "app/linked_delete.h"
#include "app/record_editing.h"
#include "app/record_rows.h"
#include "app/table_section.h"

namespace cg::app {

using domain::CaseRecord;

wxString numberText(long long no) { return wxString::Format("%lld", no); }

wxString partyLabel(const CaseRecord& record, domain::RecordNo no) {
    if (const domain::Party* p = record.findParty(no)) return wxString::Format("%lld %s", static_cast<long long>(no), toWx(p->name));
    return wxString::Format(_("%lld (missing)"), static_cast<long long>(no));
}

wxString optionalPartyLabel(const CaseRecord& record, const domain::OptionalNo& no) {
    return no ? partyLabel(record, *no) : wxString();
}

wxString visibilityText(domain::Visibility visibility) {
    if (!isConfidential(visibility)) return nameOf(visibility);
    return confidentialBadge() + wxString(L" \u00b7 ") + nameOf(visibility);
}

wxString moneyText(const std::optional<domain::Money>& money) {
    return money ? toWx(money->display()) : wxString();
}

wxString numbersText(const domain::RecordNos& numbers) {
    wxString text;
    for (domain::RecordNo no : numbers) text << (text.empty() ? "" : ", ") << static_cast<long long>(no);
    return text;
}

namespace {

std::unique_ptr<SectionModel> partiesSection(WorkspaceContext& context) {
    using domain::Party;
    Columns<Party> columns{
        {{_("No."), 50, true}, [](const Party* p, const CaseRecord&) { return numberText(p->no); }},
        {{_("Name"), 260}, [](const Party* p, const CaseRecord&) { return toWx(p->name); }},
        {{_("Role"), 100}, [](const Party* p, const CaseRecord&) { return nameOf(p->role); }},
        {{_("Kind"), 100}, [](const Party* p, const CaseRecord&) { return nameOf(p->kind); }},
        {{_("Sector"), 140}, [](const Party* p, const CaseRecord&) { return toWx(p->sector); }},
        {{_("Representative"), 160}, [](const Party* p, const CaseRecord&) { return toWx(p->representative); }},
        {{_("Counsel"), 160}, [](const Party* p, const CaseRecord&) { return toWx(p->counsel); }},
        {{_("Agreement to mediate"), 160},
         [](const Party* p, const CaseRecord&) {
             return p->agreementSignedOn ? wxString::Format(_("signed %s"), toWx(p->agreementSignedOn->toString()))
                                         : _("not signed");
         }},
    };
    // Names new to the case go through the conflict check, as `party add` does.
    auto dialog = [&context](wxWindow* parent, const Party& initial, const CaseRecord& record) -> std::optional<Party> {
        auto edited = runPartyDialog(parent, initial, record);
        if (!edited) return std::nullopt;
        std::vector<std::string> names;
        for (const auto& [after, before] : {std::pair{&edited->name, &initial.name},
                                            {&edited->representative, &initial.representative},
                                            {&edited->counsel, &initial.counsel},
                                            {&edited->signatoryName, &initial.signatoryName}})
            if (!after->empty() && *after != *before) names.push_back(*after);
        if (!passesConflictCheck(parent, context.db, context.caseRef, names)) return std::nullopt;
        return edited;
    };
    auto editing = recordEditing<Party>(
        context, dialog, [](const CaseRecord&) { return Party{}; },
        [](const Party& p) { return toWx(p.name); });
    askNamingLinksBeforeDelete<Party>(context, editing);
    return std::make_unique<TableSection<const Party*>>(context, _("Parties"), std::move(columns), rowsOf<Party>(),
                                                        nullptr, std::move(editing));
}

std::unique_ptr<SectionModel> interestsSection(WorkspaceContext& context) {
    using domain::Interest;
    Columns<Interest> columns{
        {{_("No."), 50, true}, [](const Interest* i, const CaseRecord&) { return numberText(i->no); }},
        {{_("Party"), 200}, [](const Interest* i, const CaseRecord& r) { return partyLabel(r, i->partyNo); }},
        {{_("Category"), 150}, [](const Interest* i, const CaseRecord&) { return nameOf(i->category); }},
        {{_("Priority"), 70, true}, [](const Interest* i, const CaseRecord&) { return numberText(i->priority); }},
        {{_("Visibility"), 230}, [](const Interest* i, const CaseRecord&) { return visibilityText(i->visibility); }},
        {{_("Description"), 400}, [](const Interest* i, const CaseRecord&) { return toWx(i->description); }},
    };
    auto editing = recordEditing<Interest>(
        context, runInterestDialog,
        [](const CaseRecord& r) {
            Interest blank;
            if (!r.parties.empty()) blank.partyNo = r.parties.front().no;
            return blank;
        },
        [](const Interest& i) { return toWx(i.description); });
    askNamingLinksBeforeDelete<Interest>(context, editing);
    return std::make_unique<TableSection<const Interest*>>(
        context, _("Interests"), std::move(columns), rowsOf<Interest>(),
        [](const Interest* i) { return isConfidential(i->visibility); }, std::move(editing));
}

std::unique_ptr<SectionModel> clausesSection(WorkspaceContext& context) {
    using domain::ContractClause;
    Columns<ContractClause> columns{
        {{_("No."), 50, true}, [](const ContractClause* c, const CaseRecord&) { return numberText(c->no); }},
        {{_("Document"), 220}, [](const ContractClause* c, const CaseRecord&) { return toWx(c->documentTitle); }},
        {{_("Section"), 80}, [](const ContractClause* c, const CaseRecord&) { return toWx(c->section); }},
        {{_("Kind"), 180}, [](const ContractClause* c, const CaseRecord&) { return nameOf(c->kind); }},
        {{_("Obligated party"), 180},
         [](const ContractClause* c, const CaseRecord& r) { return optionalPartyLabel(r, c->obligatedPartyNo); }},
        {{_("Controls"), 140},
         [](const ContractClause* c, const CaseRecord&) {
             wxString text;
             for (const auto& control : c->coveredControls) text << (text.empty() ? "" : ", ") << toWx(control);
             return text;
         }},
        {{_("Text"), 400}, [](const ContractClause* c, const CaseRecord&) { return toWx(c->text); }},
    };
    auto editing = recordEditing<ContractClause>(
        context, runRecordDialog<ClauseDialog, ContractClause>, [](const CaseRecord&) { return ContractClause{}; },
        [](const ContractClause& c) { return toWx(c.section + " " + c.documentTitle); });
    askNamingLinksBeforeDelete<ContractClause>(context, editing);
    return std::make_unique<TableSection<const ContractClause*>>(context, _("Contract clauses"), std::move(columns),
                                                                 rowsOf<ContractClause>(), nullptr,
                                                                 std::move(editing));
}

std::unique_ptr<SectionModel> factsSection(WorkspaceContext& context) {
    using domain::BreachFact;
    Columns<BreachFact> columns{
        {{_("No."), 50, true}, [](const BreachFact* f, const CaseRecord&) { return numberText(f->no); }},
        {{_("Occurred"), 100},
         [](const BreachFact* f, const CaseRecord&) {
             return toWx(f->occurredOn.toString()) + (f->occurredEstimated ? wxString(" ~") : wxString());
         }},
        {{_("Discovered"), 100},
         [](const BreachFact* f, const CaseRecord&) {
             return f->discoveredOn ? toWx(f->discoveredOn->toString()) : wxString();
         }},
        {{_("Category"), 170}, [](const BreachFact* f, const CaseRecord&) { return nameOf(f->category); }},
        {{_("Standing"), 80}, [](const BreachFact* f, const CaseRecord&) { return nameOf(f->standing); }},
        {{_("Asserted by"), 170},
         [](const BreachFact* f, const CaseRecord& r) { return optionalPartyLabel(r, f->assertedByPartyNo); }},
        {{_("Failed control"), 160}, [](const BreachFact* f, const CaseRecord&) { return toWx(f->failedControl); }},
        {{_("Description"), 400}, [](const BreachFact* f, const CaseRecord&) { return toWx(f->description); }},
    };
    auto editing = recordEditing<BreachFact>(
        context, runRecordDialog<FactDialog, BreachFact>, [](const CaseRecord&) { return BreachFact{}; },
        [](const BreachFact& f) { return toWx(f.description); });
    askNamingLinksBeforeDelete<BreachFact>(context, editing);
    return std::make_unique<TableSection<const BreachFact*>>(context, _("Facts & timeline"), std::move(columns),
                                                             rowsOf<BreachFact>(), nullptr, std::move(editing));
}

std::unique_ptr<SectionModel> claimsSection(WorkspaceContext& context) {
    using domain::BlameClaim;
    Columns<BlameClaim> columns{
        {{_("No."), 50, true}, [](const BlameClaim* c, const CaseRecord&) { return numberText(c->no); }},
        {{_("Accuser"), 170}, [](const BlameClaim* c, const CaseRecord& r) { return partyLabel(r, c->accuserNo); }},
        {{_("Accused"), 170}, [](const BlameClaim* c, const CaseRecord& r) { return partyLabel(r, c->accusedNo); }},
        {{_("Basis"), 140}, [](const BlameClaim* c, const CaseRecord&) { return nameOf(c->basis); }},
        {{_("Amount claimed"), 150, true},
         [](const BlameClaim* c, const CaseRecord&) { return moneyText(c->amountClaimed); }},
        {{_("Facts"), 80}, [](const BlameClaim* c, const CaseRecord&) { return numbersText(c->factNos); }},
        {{_("Clauses"), 80}, [](const BlameClaim* c, const CaseRecord&) { return numbersText(c->clauseNos); }},
        {{_("Allegation"), 400}, [](const BlameClaim* c, const CaseRecord&) { return toWx(c->allegation); }},
    };
    auto editing = recordEditing<BlameClaim>(
        context, runRecordDialog<ClaimDialog, BlameClaim>, [](const CaseRecord&) { return BlameClaim{}; },
        [](const BlameClaim& c) { return toWx(c.allegation); });
    askNamingLinksBeforeDelete<BlameClaim>(context, editing);
    return std::make_unique<TableSection<const BlameClaim*>>(context, _("Blame claims"), std::move(columns),
                                                             rowsOf<BlameClaim>(), nullptr, std::move(editing));
}

}  // namespace

std::vector<std::unique_ptr<SectionModel>> makeSections(WorkspaceContext& context) {
    std::vector<std::unique_ptr<SectionModel>> sections;
    sections.push_back(partiesSection(context));
    sections.push_back(makeParticipantsSection(context));
    sections.push_back(interestsSection(context));
    sections.push_back(clausesSection(context));
    sections.push_back(factsSection(context));
    sections.push_back(claimsSection(context));
    sections.push_back(makeOptionsSection(context));
    sections.push_back(makeSessionsSection(context));
    sections.push_back(makeOffersSection(context));
    sections.push_back(makeOffersByPartySection(context));
    sections.push_back(makeAlternativesSection(context));
    sections.push_back(makeBottomLinesSection(context));
    sections.push_back(makeLossesSection(context));
    sections.push_back(makeExhibitsSection(context));
    sections.push_back(makeTimeSection(context));
    sections.push_back(makeExpensesSection(context));
    sections.push_back(makePaymentsSection(context));
    return sections;
}

}  // namespace cg::app
