"""The card form: every field the store keeps for a person, always ready to edit.

The form never writes: the panel saves :meth:`CardForm.contact` through the operations.
Dirtiness is a comparison of what the form would save with what was loaded, so typing a
change and typing it back leaves the card clean.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netjournal.domain import ties
from netjournal.domain.details import normalize
from netjournal.domain.people import split_tags
from netjournal.domain.values import Contact, TieStrength
from netjournal.storage.store import Store
from netjournal.ui.contact.avatar import Avatar, PhotoError, photo_from_file
from netjournal.ui.contact.details_editor import DetailsEditor
from netjournal.ui.contact.fields import CadenceSpin, OptionalDateEdit, TagsEdit
from netjournal.ui.contact.models import EventsModel
from netjournal.ui.contact.pickers import ContactPicker
from netjournal.ui.labels import choices
from netjournal.ui.style import error_label

TWO_COLUMNS_FROM = 780  # narrower than this, the sections stack in one column


def comparable(contact: Contact) -> tuple[object, ...]:
    """What the store would keep of a card, for "has anything changed?"."""
    details = tuple((d.kind, d.label.strip(), normalize(d.kind, d.value), d.value.strip())
                    for d in contact.details if d.value.strip())
    return (contact.name.strip(), contact.company.strip(), contact.title.strip(),
            contact.photo, contact.how_met.strip(), contact.met_on, contact.met_at_event_id,
            contact.introduced_by_id, contact.tie_strength, contact.cadence_days or None,
            contact.interests, contact.family, contact.remember, contact.notes,
            contact.birthday, details,
            tuple(sorted({t.strip().lstrip("#").lower() for t in contact.tags} - {""})))


def _heading(text: str, parent: QWidget) -> QLabel:
    heading = QLabel(text, parent)
    font = QFont(heading.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    heading.setFont(font)
    heading.setContentsMargins(0, 8, 0, 2)
    return heading


def _text_box(parent: QWidget, lines: int, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    line = box.fontMetrics().lineSpacing()
    box.setFixedHeight(line * lines + 2 * int(box.document().documentMargin()) + 6)
    return box


class _Section(QWidget):
    """A heading and a form of fields."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(_heading(title, self))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a narrow card puts each label above its field rather than scroll sideways
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight
                                    | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        layout.addLayout(self.form)
        self.labels: list[QLabel] = []

    def add_row(self, text: str, field: QWidget | QLayout) -> None:
        """A labelled row; the label's mnemonic focuses the field."""
        lab = QLabel(text, self)
        if isinstance(field, QWidget):
            lab.setBuddy(field)
        lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if isinstance(field, OptionalDateEdit):  # the label names the date inside it
            field.set_accessible_name(text.replace("&", ""))
        self.labels.append(lab)
        self.form.addRow(lab, field)


class CardForm(QWidget):
    """Edits one :class:`Contact`; :meth:`contact` is the card as it would be saved."""

    sig_changed = Signal()
    """A field was edited (the card may have become dirty or clean)."""

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 defaults: ties.Cadences | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._defaults = defaults or ties.Cadences()
        self._baseline = Contact(name="")
        self._photo: bytes | None = None
        self._loading = False
        self._build(today)
        self._connect_signals()

    # building --------------------------------------------------------------------------

    def _build(self, today: dt.date | None) -> None:
        self.error_label = error_label(self)

        # person
        person = _Section(self.tr("Person"), self)
        photo_row = QHBoxLayout()
        photo_row.setSpacing(8)
        self.avatar = Avatar(40, self)
        self.choose_photo_button = QPushButton(self.tr("Choose photo…"), self)
        self.remove_photo_button = QPushButton(self.tr("Remove"), self)
        self.remove_photo_button.setAccessibleName(self.tr("Remove photo"))
        photo_row.addWidget(self.avatar)
        photo_row.addWidget(self.choose_photo_button)
        photo_row.addWidget(self.remove_photo_button)
        photo_row.addStretch(1)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Full name, as they write it"))
        self.company_edit = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Product Manager"))
        self.birthday_edit = OptionalDateEdit(self, today=today)
        person.add_row(self.tr("Photo"), photo_row)
        person.add_row(self.tr("&Name"), self.name_edit)
        person.add_row(self.tr("Company"), self.company_edit)
        person.add_row(self.tr("Title"), self.title_edit)
        person.add_row(self.tr("Birthday"), self.birthday_edit)

        # details
        details = _Section(self.tr("Contact details"), self)
        self.details_editor = DetailsEditor(self)
        details.form.addRow(self.details_editor)

        # how we met
        met = _Section(self.tr("How we met"), self)
        self.how_met_edit = QLineEdit(self)
        self.how_met_edit.setPlaceholderText(self.tr("e.g. sat next to each other at a talk"))
        self.met_on_edit = OptionalDateEdit(self, today=today)
        self.events_model = EventsModel(self._store, self)
        self.event_box = QComboBox(self)
        self.event_box.setModel(self.events_model)
        self.event_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_box.setMinimumContentsLength(16)
        self.introducer_edit = ContactPicker(self._store, self)
        self.introducer_edit.setPlaceholderText(self.tr("Who introduced us? Type a name…"))
        met.add_row(self.tr("How"), self.how_met_edit)
        met.add_row(self.tr("When"), self.met_on_edit)
        met.add_row(self.tr("At event"), self.event_box)
        met.add_row(self.tr("Introduced by"), self.introducer_edit)

        # relationship
        tie = _Section(self.tr("Relationship"), self)
        self.tie_box = QComboBox(self)
        for word, code in choices(TieStrength):
            if code != TieStrength.DORMANT:  # derived from the timeline, never stored
                self.tie_box.addItem(word, code)
        self.cadence_spin = CadenceSpin(self)
        self.tags_edit = TagsEdit(self, known_tags=self._store.contacts.tag_names)
        tie.add_row(self.tr("Tie strength"), self.tie_box)
        tie.add_row(self.tr("Keep in touch"), self.cadence_spin)
        tie.add_row(self.tr("Tags"), self.tags_edit)

        # what they care about
        care = _Section(self.tr("What they care about"), self)
        self.interests_edit = _text_box(self, 3, self.tr("Work, hobbies, causes…"))
        self.family_edit = _text_box(self, 2, self.tr("Partner, children, pets…"))
        self.remember_edit = _text_box(self, 3,
                                       self.tr("Their news, what they asked you, "
                                               "a favourite place…"))
        care.add_row(self.tr("Interests"), self.interests_edit)
        care.add_row(self.tr("Family"), self.family_edit)
        care.add_row(self.tr("Remember"), self.remember_edit)

        notes = _Section(self.tr("Notes"), self)
        self.notes_edit = _text_box(self, 6, self.tr("Anything else worth keeping."))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        notes.form.addRow(self.notes_edit)

        self._left = [person, details, met]
        self._right = [tie, care, notes]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 20)
        outer.setSpacing(8)
        outer.addWidget(self.error_label)
        self._columns = QHBoxLayout()
        self._columns.setSpacing(28)
        self._left_box = QVBoxLayout()
        self._right_box = QVBoxLayout()
        for box in (self._left_box, self._right_box):
            box.setSpacing(10)
        self._columns.addLayout(self._left_box, 1)
        self._columns.addLayout(self._right_box, 1)
        outer.addLayout(self._columns)
        outer.addStretch(1)
        self._two_columns: bool | None = None
        self._arrange(True)
        for label_owner in (person, details, met, tie, care, notes):
            label_owner.setSizePolicy(QSizePolicy.Policy.Preferred,
                                      QSizePolicy.Policy.Maximum)

    def _arrange(self, two: bool) -> None:
        if two == self._two_columns:
            return
        self._two_columns = two
        for section in self._left + self._right:
            self._left_box.removeWidget(section)
            self._right_box.removeWidget(section)
        for stretch_box in (self._left_box, self._right_box):
            while stretch_box.count():
                stretch_box.takeAt(0)
        for section in self._left:
            self._left_box.addWidget(section)
        target = self._right_box if two else self._left_box
        for section in self._right:
            target.addWidget(section)
        self._left_box.addStretch(1)
        self._right_box.addStretch(1)
        self._columns.setStretch(1, 1 if two else 0)
        columns = [self._left, self._right] if two else [self._left + self._right]
        for sections in columns:
            labels = [lab for section in sections for lab in section.labels]
            width = max((lab.sizeHint().width() for lab in labels), default=0)
            for lab in labels:
                lab.setMinimumWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width() >= TWO_COLUMNS_FROM)
        super().resizeEvent(event)

    def _connect_signals(self) -> None:
        for line in (self.name_edit, self.company_edit, self.title_edit, self.how_met_edit,
                     self.tags_edit):
            line.textChanged.connect(self._on_field_changed)
        for box in (self.interests_edit, self.family_edit, self.remember_edit,
                    self.notes_edit):
            box.textChanged.connect(self._on_field_changed)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.birthday_edit.sig_changed.connect(self._on_field_changed)
        self.met_on_edit.sig_changed.connect(self._on_field_changed)
        self.event_box.currentIndexChanged.connect(self._on_field_changed)
        self.introducer_edit.sig_changed.connect(self._on_field_changed)
        self.tie_box.currentIndexChanged.connect(self._on_tie_box_changed)
        self.cadence_spin.valueChanged.connect(self._on_field_changed)
        self.details_editor.sig_changed.connect(self._on_field_changed)
        self.choose_photo_button.clicked.connect(self._on_choose_photo_clicked)
        self.remove_photo_button.clicked.connect(self._on_remove_photo_clicked)

    # reading and writing the form ------------------------------------------------------

    def set_defaults(self, defaults: ties.Cadences) -> None:
        self._defaults = defaults
        self._update_cadence_default()

    def load(self, contact: Contact) -> None:
        """Show ``contact``; it becomes the clean state."""
        self._loading = True
        try:
            self._baseline = contact
            self._photo = contact.photo
            self.name_edit.setText(contact.name)
            self.company_edit.setText(contact.company)
            self.title_edit.setText(contact.title)
            self.birthday_edit.set_date(contact.birthday)
            self.details_editor.set_details(contact.details)
            self.how_met_edit.setText(contact.how_met)
            self.met_on_edit.set_date(contact.met_on)
            self.events_model.reload()
            self.event_box.setCurrentIndex(self.events_model.row_of(contact.met_at_event_id))
            self.introducer_edit.set_excluded({contact.id} if contact.id else set())
            self.introducer_edit.set_contact(contact.introduced_by_id)
            tie = (contact.tie_strength if contact.tie_strength != TieStrength.DORMANT
                   else TieStrength.WEAK)
            self.tie_box.setCurrentIndex(max(0, self.tie_box.findData(tie)))
            self.cadence_spin.set_days(contact.cadence_days)
            self.tags_edit.set_tags(contact.tags)
            self.interests_edit.setPlainText(contact.interests)
            self.family_edit.setPlainText(contact.family)
            self.remember_edit.setPlainText(contact.remember)
            self.notes_edit.setPlainText(contact.notes)
            self._update_cadence_default()
            self._update_photo()
            self.set_error("")
            for line in (self.name_edit, self.company_edit, self.title_edit,
                         self.how_met_edit, self.tags_edit, self.introducer_edit):
                line.setCursorPosition(0)  # show the start of long values
        finally:
            self._loading = False
        self.sig_changed.emit()

    def rebase(self, contact: Contact) -> None:
        """Take derived fields (last contact) from ``contact`` without touching the edits."""
        self._baseline = dataclasses.replace(
            self._baseline, last_interaction_at=contact.last_interaction_at,
            updated_at=contact.updated_at)

    def baseline(self) -> Contact:
        return self._baseline

    def contact(self) -> Contact:
        """The card as the form would save it (derived fields kept from the loaded one)."""
        event_id = self.events_model.event_id_at(self.event_box.currentIndex())
        return dataclasses.replace(
            self._baseline,
            name=self.name_edit.text().strip(),
            company=self.company_edit.text().strip(),
            title=self.title_edit.text().strip(),
            photo=self._photo,
            birthday=self.birthday_edit.date(),
            details=self.details_editor.details(),
            how_met=self.how_met_edit.text(),
            met_on=self.met_on_edit.date(),
            met_at_event_id=event_id,
            introduced_by_id=self.introducer_edit.contact_id(),
            tie_strength=TieStrength(self.tie_box.currentData()),
            cadence_days=self.cadence_spin.days(),
            tags=split_tags(self.tags_edit.text()),
            interests=self.interests_edit.toPlainText(),
            family=self.family_edit.toPlainText(),
            remember=self.remember_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        if self.introducer_edit.is_unresolved():
            return True
        return comparable(self.contact()) != comparable(self._baseline)

    def validate(self) -> str:
        """A message in words for what stops saving (focus goes there), or ``""``."""
        if not self.name_edit.text().strip():
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr("A contact needs a name.")
        if self.introducer_edit.is_unresolved():
            self.introducer_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr("Pick who introduced you from the list of matches, "
                           "or clear the “Introduced by” field.")
        return ""

    def set_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def set_photo_from_file(self, path: Path) -> bool:
        """Use the image at ``path`` as the photo; shows why not and returns False."""
        try:
            self._photo = photo_from_file(path)
        except PhotoError as e:
            self.set_error(str(e))
            return False
        self.set_error("")
        self._update_photo()
        self._on_field_changed()
        return True

    def focus_name(self) -> None:
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    # slots -----------------------------------------------------------------------------

    def _update_cadence_default(self) -> None:
        tie = TieStrength(self.tie_box.currentData())
        self.cadence_spin.set_default_days(self._defaults.for_tie(tie))

    def _update_photo(self) -> None:
        self.avatar.set_person(self.name_edit.text(), self._photo)
        self.remove_photo_button.setEnabled(self._photo is not None)

    def _on_field_changed(self) -> None:
        if not self._loading:
            self.sig_changed.emit()

    def _on_name_edit_text_changed(self, _text: str) -> None:
        self._update_photo()
        if self.error_label.isVisible() and self.name_edit.text().strip():
            self.set_error("")

    def _on_tie_box_changed(self, _index: int) -> None:
        self._update_cadence_default()
        self._on_field_changed()

    def _on_choose_photo_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif);;All files (*)"))
        if path:
            self.set_photo_from_file(Path(path))

    def _on_remove_photo_clicked(self) -> None:
        self._photo = None
        self._update_photo()
        self._on_field_changed()
