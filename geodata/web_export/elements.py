"""folium elements that carry data text safely into the page's script.

folium's own Popup/Tooltip put raw text in JS template literals; these pass it as a JSON string
(``tojavascript``), escaped for a <script> element. Imports folium: only the builder imports this
module, inside build_web_map (folium is slow to import).
"""

from __future__ import annotations

from folium.elements import MacroElement
from folium.template import Template

from geodata.web_export.texts import esc


class SafePopup(MacroElement):
    """bindPopup with an escaped-JSON string; no jQuery, no JS template literal."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bindPopup({{ this.html|tojavascript }},
            {{ this.options|tojavascript }});
        {% if this.show %}
        // Opened once the whole page script has run: folium adds groups to the map last.
        setTimeout(function () { {{ this._parent.get_name() }}.openPopup(); }, 0);
        {% endif %}
        {% endmacro %}"""
    )

    def __init__(self, html_text: str, show: bool = False, max_width: int = 380) -> None:
        super().__init__()
        self._name = "SafePopup"
        self.html = html_text
        self.show = show
        # Padding keeps an open popup clear of the title box in the top-left corner.
        self.options = {"maxWidth": max_width, "autoPanPaddingTopLeft": [20, 120]}


class SafeTooltip(MacroElement):
    """bindTooltip with plain text (escaped here)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bindTooltip({{ this.text|tojavascript }},
            {{ this.options|tojavascript }});
        {% endmacro %}"""
    )

    def __init__(self, text: str, **options: object) -> None:
        super().__init__()
        self._name = "SafeTooltip"
        self.text = esc(text)
        self.options = {"sticky": True, **options}


class HtmlControl(MacroElement):
    """A Leaflet control holding HTML we built (already escaped)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        (function () {
            var control = L.control({position: {{ this.position|tojavascript }}});
            control.onAdd = function () {
                var div = L.DomUtil.create("div", "nsa-control");
                div.innerHTML = {{ this.html|tojavascript }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            control.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}"""
    )

    def __init__(self, html_text: str, position: str) -> None:
        super().__init__()
        self._name = "HtmlControl"
        self.html = html_text
        self.position = position


class Attribution(MacroElement):
    """A line of the map's attribution control (text already escaped)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.addAttribution(
            {{ this.text|tojavascript }});
        {% endmacro %}"""
    )

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Attribution"
        self.text = text
