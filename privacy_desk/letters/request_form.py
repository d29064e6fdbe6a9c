"""The company's request form (保有個人データ開示等請求書), blank or completed from a case.

The wording and layout are the office's: ``forms/request_form/form.ja-en.j2``, a Jinja2
template (sandboxed) that writes the layout markup of :mod:`privacy_desk.letters.form_layout`
(see ``forms/request_form/README.md``). Its only variable is ``f``, a :class:`FormData`:
the case's values as plain strings, all empty on the blank form. A template that names a
field :class:`FormData` does not have is refused when it is loaded, with the file, the line
and the field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError, TemplateSyntaxError, nodes
from jinja2.sandbox import SandboxedEnvironment

from privacy_desk.domain.era import format_english, format_japanese, format_western_ja
from privacy_desk.domain.identity_documents import DocumentType
from privacy_desk.domain.intake import format_postal_code, normalize_postal_code
from privacy_desk.domain.requests import (
    DisclosureMethod,
    EnclosureKind,
    FeePayment,
    RequesterKind,
    RequestType,
)
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.letters import form_layout
from privacy_desk.letters.templates import default_forms_dir
from privacy_desk.store.models import Case

FORM_TEMPLATE = "request_form/form.ja-en.j2"

#: Japanese wording of the choices the form offers (English: the domain's ``label``).
REQUEST_TYPE_JA = {
    RequestType.PURPOSE_OF_USE: "利用目的の通知",
    RequestType.DISCLOSURE: "開示",
    RequestType.PROVISION_RECORDS: "第三者提供記録の開示",
    RequestType.CORRECTION: "訂正・追加・削除",
    RequestType.SUSPENSION_OR_ERASURE: "利用停止・消去",
    RequestType.SUSPENSION_OF_PROVISION: "第三者提供の停止",
}
REQUESTER_KIND_JA = {
    RequesterKind.PRINCIPAL: "本人",
    RequesterKind.MINOR_AGENT: "未成年者の法定代理人",
    RequesterKind.ADULT_WARD_AGENT: "成年被後見人の法定代理人",
    RequesterKind.APPOINTED_AGENT: "任意代理人",
    RequesterKind.PROFESSIONAL_AGENT: "弁護士等の専門職代理人",
}
DISCLOSURE_METHOD_JA = {
    DisclosureMethod.PAPER: "書面（郵送）",
    DisclosureMethod.ELECTRONIC_MEDIA: "電磁的記録（媒体を郵送）",
    DisclosureMethod.ELECTRONIC_MAIL: "電磁的記録（電子メール）",
    DisclosureMethod.OTHER: "その他の方法",
}
FEE_PAYMENT_JA = {
    FeePayment.NONE: "なし",
    FeePayment.POSTAL_MONEY_ORDER: "定額小為替",
    FeePayment.STAMPS: "郵便切手",
}


class FormTemplateError(InvalidInput):
    """The office's form template cannot be used; names the file, the line and the field.

    ``message`` is a marked sentence naming the file as ``{file}`` (and the line as
    ``{line}``); ``values`` are its other values.
    """

    def __init__(
        self,
        message: str,
        /,
        *,
        file: str,
        line: int | None = None,
        field: str = "",
        **values: object,
    ) -> None:
        super().__init__(message, file=file, line=line, field=field, **values)
        self.file = file
        self.line = line
        self.field = field

    @classmethod
    def reported(cls, file: str, line: int | None, problem: str) -> FormTemplateError:
        """A problem in Jinja's own (English) words, at ``line`` where it is known."""
        if line:
            return cls(
                QT_TRANSLATE_NOOP(
                    "Errors", "The request form template {file}, line {line}: {problem}"
                ),
                file=file,
                line=line,
                problem=problem,
            )
        return cls(
            QT_TRANSLATE_NOOP("Errors", "The request form template {file}: {problem}"),
            file=file,
            line=line,
            problem=problem,
        )


class OfficeDetails(Protocol):
    """What the form needs of the office profile (services.office.Profile has it)."""

    @property
    def company_name(self) -> str: ...
    @property
    def company_name_en(self) -> str: ...
    @property
    def postal_code(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def address_en(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def contact(self) -> str: ...
    @property
    def contact_en(self) -> str: ...


@dataclass(frozen=True)
class FormData:
    """Everything the form template may show, as plain values (``f`` in the template).

    Strings are as the form prints them ("" when unknown: the blank form is all "").
    Choices are enum values ("disclosure", "principal", "paper", "drivers_license" …) so the
    template ticks a box with ``{{ 'disclosure' in f.request_types }}``.
    """

    # the addressee: the office profile
    company_name: str = ""
    company_name_en: str = ""
    company_postal_code: str = ""  # "617-0002"
    company_address: str = ""
    company_address_en: str = ""
    company_phone: str = ""
    contact: str = ""  # "個人情報保護管理者"
    contact_en: str = ""
    # the case (office use)
    reference: str = ""
    received_on: str = ""  # "令和8年11月9日"
    # who writes: RequesterKind value
    requester_kind: str = ""
    requester_kind_label: str = ""  # "本人 Principal"
    # the principal
    requester_name: str = ""
    requester_kana: str = ""
    requester_birth_date: str = ""  # "昭和55年4月1日（1980年4月1日）"
    requester_birth_date_en: str = ""  # "1 April 1980"
    requester_postal_code: str = ""  # "617-0002"
    requester_address: str = ""
    requester_phone: str = ""
    requester_email: str = ""
    # the agent, if any
    agent_name: str = ""
    agent_kana: str = ""
    agent_postal_code: str = ""
    agent_address: str = ""
    agent_phone: str = ""
    agent_email: str = ""
    agent_qualification: str = ""
    agent_registration_number: str = ""
    # what is asked: RequestType values, in the order written
    request_types: tuple[str, ...] = ()
    request_type_labels: tuple[str, ...] = ()  # "開示 Disclosure"
    data_concerned: str = ""  # per request type, "［開示］…" lines when there are several
    reasons: str = ""
    # how the disclosure is wanted: DisclosureMethod value
    disclosure_method: str = ""
    disclosure_method_label: str = ""
    # the identity documents and proofs of agency enclosed: DocumentType values
    documents: tuple[str, ...] = ()
    other_documents: str = ""  # enclosures that are no known document type, as described
    # the fee
    fee_amount: str = ""  # "1,000" ("" when none)
    fee_payment: str = ""  # FeePayment value ("" when none)
    money_order_number: str = ""
    money_order_issued_on: str = ""

    @classmethod
    def blank(cls, profile: OfficeDetails | None = None) -> FormData:
        """The form to mail to someone who phoned: only the addressee filled in."""
        return _office(profile) if profile is not None else cls()


FIELDS = frozenset(f.name for f in dataclasses.fields(FormData))


def _office(profile: OfficeDetails) -> FormData:
    return FormData(
        company_name=profile.company_name,
        company_name_en=profile.company_name_en,
        company_postal_code=format_postal_code(normalize_postal_code(profile.postal_code)),
        company_address=profile.address,
        company_address_en=profile.address_en,
        company_phone=profile.phone,
        contact=profile.contact,
        contact_en=profile.contact_en,
    )


def _both(ja: str, en: str) -> str:
    return f"{ja} {en}"


def _date_ja(d: date | None) -> str:
    return f"{format_japanese(d)}（{format_western_ja(d)}）" if d else ""


def _postal(code: str) -> str:
    return format_postal_code(normalize_postal_code(code)) if code else ""


def _per_type(case: Case, attribute: str) -> str:
    """One line per request type that has text; labelled when the case asks for several."""
    texts = [(r.request_type, str(getattr(r, attribute)).strip()) for r in case.requests]
    texts = [(t, s) for t, s in texts if s]
    if len(texts) == 1 and len(case.requests) == 1:
        return texts[0][1]
    return "\n".join(f"［{REQUEST_TYPE_JA[t]} {t.label}］{s}" for t, s in texts)


#: Document types the form has no box for: written out under "Other".
_NOT_ON_FORM = frozenset({DocumentType.OTHER, DocumentType.ALIEN_REGISTRATION_CERTIFICATE})
#: How clerks describe enclosures, beyond the documents' own labels.
_ALIASES = {
    "健康保険証": DocumentType.HEALTH_INSURANCE,
    "保険証": DocumentType.HEALTH_INSURANCE,
    "資格確認書": DocumentType.HEALTH_INSURANCE,
    "運転免許": DocumentType.DRIVERS_LICENSE,
    "マイナンバーカード": DocumentType.MY_NUMBER_CARD_FRONT,
    "住民票": DocumentType.CERTIFICATE_OF_RESIDENCE,
    "戸籍謄本": DocumentType.FAMILY_REGISTER,
    "戸籍抄本": DocumentType.FAMILY_REGISTER,
    "旅券": DocumentType.PASSPORT,
}
_DOCUMENT_NAMES = sorted(
    [(name.casefold(), doc) for doc in DocumentType for name in (doc.label, doc.label_ja)]
    + [(alias.casefold(), doc) for alias, doc in _ALIASES.items()],
    key=lambda pair: -len(pair[0]),
)


def document_type_of(description: str) -> DocumentType | None:
    """The document type an enclosure's description names ("委任状（実印押印）" → power of
    attorney): the longest label or usual name it begins with."""
    text = description.strip().casefold()
    return next((doc for name, doc in _DOCUMENT_NAMES if text.startswith(name)), None)


def _enclosed_documents(case: Case) -> tuple[tuple[str, ...], str]:
    """The document types recorded for the case, and what the form has no box for."""
    found: list[DocumentType] = [d.doc_type for d in case.documents]
    others: list[str] = []
    for enclosure in case.enclosures:
        if enclosure.kind not in (EnclosureKind.IDENTITY_DOCUMENT, EnclosureKind.AGENT_PROOF):
            continue
        description = enclosure.description.strip()
        doc = document_type_of(description)
        if doc is None or doc in _NOT_ON_FORM:
            if description:
                others.append(description)
        else:
            found.append(doc)
    others.extend(d.label_ja for d in found if d in _NOT_ON_FORM)
    on_form = [d.value for d in found if d not in _NOT_ON_FORM]
    return tuple(dict.fromkeys(on_form)), "、".join(dict.fromkeys(others))


def form_data_from_case(case: Case, profile: OfficeDetails) -> FormData:
    """The completed form: what was logged for ``case`` (a loaded, detached Case)."""
    documents, other_documents = _enclosed_documents(case)
    kind = case.requester_kind
    method = case.disclosure_method
    paid = case.fee_payment is not FeePayment.NONE
    return dataclasses.replace(
        _office(profile),
        reference=case.reference,
        received_on=_date_ja(case.received_on),
        requester_kind=kind.value,
        requester_kind_label=_both(REQUESTER_KIND_JA[kind], kind.label),
        requester_name=case.requester_name,
        requester_kana=case.requester_kana,
        requester_birth_date=_date_ja(case.requester_birth_date),
        requester_birth_date_en=(
            format_english(case.requester_birth_date) if case.requester_birth_date else ""
        ),
        requester_postal_code=_postal(case.requester_postal_code),
        requester_address=case.requester_address,
        requester_phone=case.requester_phone,
        requester_email=case.requester_email,
        agent_name=case.agent_name,
        agent_kana=case.agent_kana,
        agent_postal_code=_postal(case.agent_postal_code),
        agent_address=case.agent_address,
        agent_phone=case.agent_phone,
        agent_email=case.agent_email,
        agent_qualification=case.agent_qualification,
        agent_registration_number=case.agent_registration_number,
        request_types=tuple(r.request_type.value for r in case.requests),
        request_type_labels=tuple(
            _both(REQUEST_TYPE_JA[r.request_type], r.request_type.label) for r in case.requests
        ),
        data_concerned=_per_type(case, "data_concerned"),
        reasons=_per_type(case, "reasons"),
        disclosure_method=method.value if method else "",
        disclosure_method_label=_both(DISCLOSURE_METHOD_JA[method], method.label) if method else "",
        documents=documents,
        other_documents=other_documents,
        fee_amount=f"{case.fee_amount:,}" if case.fee_amount else "",
        fee_payment=case.fee_payment.value if paid else "",
        money_order_number=case.money_order_number,
        money_order_issued_on=_date_ja(case.money_order_issued_on),
    )


# -- the template --------------------------------------------------------------------


def _environment(forms: Path) -> SandboxedEnvironment:
    return SandboxedEnvironment(
        loader=FileSystemLoader(str(forms)),
        undefined=StrictUndefined,
        autoescape=False,
        finalize=form_layout.escape_value,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _field_name(node: nodes.Node) -> str | None:
    """``name`` for ``f.name`` and ``f['name']``; None for anything else."""
    if isinstance(node, nodes.Getattr):
        target, name = node.node, node.attr
    elif isinstance(node, nodes.Getitem):
        arg = node.arg
        if not (isinstance(arg, nodes.Const) and isinstance(arg.value, str)):
            return None
        target, name = node.node, arg.value
    else:
        return None
    return name if isinstance(target, nodes.Name) and target.name == "f" else None


def _check_fields(env: SandboxedEnvironment, source: str, file: str) -> Iterable[FormTemplateError]:
    """Every ``f.<name>`` (or ``f['name']``) must be a FormData field; no other variables."""
    try:
        tree = env.parse(source, file, file)
    except TemplateSyntaxError as error:
        yield FormTemplateError.reported(file, error.lineno, f"{error.message}.")
        return
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        name = _field_name(node)
        if name is not None and name not in FIELDS:
            yield FormTemplateError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The request form template {file}, line {line}: "
                    "the form has no field {quoted} (f.{field}).",
                ),
                file=file,
                line=node.lineno,
                field=name,
                quoted=repr(name),
            )
    assigned = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    known = {"f", "loop", *env.globals, *assigned}
    for name_node in tree.find_all(nodes.Name):
        if name_node.ctx == "load" and name_node.name not in known:
            yield FormTemplateError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The request form template {file}, line {line}: "
                    "unknown name {quoted}; the form's values are f.<field>.",
                ),
                file=file,
                line=name_node.lineno,
                field=name_node.name,
                quoted=repr(name_node.name),
            )


@dataclass(frozen=True)
class FormTemplate:
    """A checked form template, ready to fill in."""

    forms: Path
    name: str
    environment: SandboxedEnvironment

    def markup(self, data: FormData) -> str:
        try:
            return self.environment.get_template(self.name).render(f=data)
        except TemplateError as error:
            raise FormTemplateError.reported(
                self.name, getattr(error, "lineno", None), str(error)
            ) from None

    def layout(self, data: FormData) -> form_layout.FormLayout:
        try:
            return form_layout.layout(form_layout.parse_markup(self.markup(data)))
        except form_layout.MarkupError as error:
            raise FormTemplateError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The request form template {file}: line {output_line} of its output: "
                    "{problem}.",
                ),
                file=self.name,
                output_line=error.line,
                problem=str(error),
            ) from None


def load_form_template(forms: Path | None = None, name: str = FORM_TEMPLATE) -> FormTemplate:
    """Load and check the form template and every template beside it (includes, macros).

    The blank form is laid out once, so that a markup mistake shows now, not when a
    case's form is printed.
    """
    folder = forms if forms is not None else default_forms_dir()
    main = folder / name
    if not main.is_file():
        raise FormTemplateError(
            QT_TRANSLATE_NOOP(
                "Errors", "The request form template {file}: the file does not exist."
            ),
            file=str(main),
        )
    env = _environment(folder)
    for path in sorted(main.parent.glob("*.j2")):
        relative = path.relative_to(folder).as_posix()
        source = path.read_text(encoding="utf-8")
        for problem in _check_fields(env, source, relative):
            raise problem
    template = FormTemplate(folder, name, env)
    template.layout(FormData())
    return template


def layout_request_form(data: FormData, *, forms: Path | None = None) -> form_layout.FormLayout:
    """The form's boxes, texts and ticks as placed on the pages (pure; for tests and checks)."""
    return load_form_template(forms).layout(data)


def render_request_form(data: FormData, *, forms: Path | None = None) -> bytes:
    """The request form as a PDF (A4 portrait; fonts embedded as subsets; reproducible)."""
    form = layout_request_form(data, forms=forms)
    return form_layout.draw(
        form,
        title=form.title,
        author=data.company_name_en or data.company_name,
        subject=f"Case {data.reference}" if data.reference else "Blank form",
    )
