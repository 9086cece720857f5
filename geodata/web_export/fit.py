"""The web map's first frame: the data fitted into the room the boxes leave, never under them.

The title box (with the statements panel) and the Sources box stand at the left, the legend at
the bottom right. On load, on a resize and when a box is folded or unfolded, the script picks the
first layout that frames the data (the view's extent) without a box over it:

- wide:   everything open, the map padded by the left column and the open legend;
- medium: the legend folded to its button, the map padded by the left column;
- narrow: (a phone) the boxes folded, the map padded by the top and bottom stacks.

Once the reader pans or zooms, the frame is theirs: nothing refits. The map also never pans or
zooms out past what the base map covers (:data:`geodata.extent.CONTEXT_BOUNDS`), so no frame
shows the blank beyond it (but for a window of a shape the base map cannot fill: its first frame
is kept, every layer in register, rather than panned to the base map's middle).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

FIT_JS = """
function nsaFit(map, data, context){
 var dataBounds=L.latLngBounds(data), ctx=L.latLngBounds(context);
 var userMoved=false, fitting=false, userLegend=null, shownLegend=null;
 var legend=document.querySelector('details.nsa-legend');
 var said=document.querySelector('details.nsa-said');
 var sources=document.querySelector('.nsa-sources details');
 function stack(sel){
  var r={w:0,h:0};
  document.querySelectorAll(sel).forEach(function(c){
   var b=c.getBoundingClientRect(); r.w=Math.max(r.w,b.width); r.h+=b.height+10;});
  return r;
 }
 function sides(open){
  if(legend){legend.open=open;}
  var left=stack('.leaflet-left .leaflet-control').w+20;
  var right=stack('.leaflet-right .leaflet-control:not(.leaflet-control-attribution)').w+20;
  return {left:left,right:right,zoom:map.getBoundsZoom(dataBounds,false,L.point(left+right,20))};
 }
 function column(){
  // The statements panel ends above the Sources box, the slider and the zoom buttons.
  if(!said){return;}
  said.style.maxHeight='';
  var top=said.getBoundingClientRect().top;
  var bottom=stack('.leaflet-bottom.leaflet-left .leaflet-control').h;
  said.style.maxHeight=Math.max(90,window.innerHeight-top-bottom-10)+'px';
 }
 function layout(){
  column();
  var size=map.getSize(), folded=sides(false);
  if(size.x>=640&&size.x-folded.left-folded.right>=0.45*size.x){
   // The legend stays open where it costs the data little room (or the reader opened it).
   var open=sides(true), keep=userLegend!==null?userLegend:open.zoom>=folded.zoom-0.75;
   var s=keep?open:sides(false);
   return {tl:[s.left,10],br:[s.right,10]};
  }
  // A phone: the boxes fold; the data sits between the top and the bottom stacks.
  if(legend){legend.open=userLegend===true;}
  if(said){said.open=false;}
  if(sources){sources.open=false;}
  var top=stack('.leaflet-top.leaflet-left .leaflet-control').h;
  var bottom=Math.max(stack('.leaflet-bottom.leaflet-left .leaflet-control').h,
   stack('.leaflet-bottom.leaflet-right .leaflet-control').h+10);
  return {tl:[10,top+10],br:[10,bottom]};
 }
 function floor(){
  // The farthest out a reader may zoom: the base map still fills the window (or, on a window
  // of a shape the base map cannot fill, the first frame). Set after the frame, never
  // animated: an interrupted zoom animation leaves the vector layers out of register.
  var zoom=Math.min(map.getBoundsZoom(ctx,true),map.getZoom());
  if(map.options.minZoom!==zoom){map.options.minZoom=zoom;map.fire('zoomlevelschange');}
 }
 function limit(){
  // The reader's limit: the base map, and the first frame where it reaches past the base map
  // (a phone's frame keeps the data clear of the boxes above and below it, and the blank
  // beyond the base map lies under them). A limit the frame breaks would make Leaflet pan the
  // frame off its layout, animated: on a phone the data went under the boxes and the zones and
  // lines came out of register with the markers.
  map.setMaxBounds(L.latLngBounds(ctx.getSouthWest(),ctx.getNorthEast()).extend(map.getBounds()));
 }
 function fit(){
  fitting=true;
  if(!userMoved){
   map.options.minZoom=0;
   map.setMaxBounds(null);  // the last limit would clamp the new frame
   var l=layout(), c=map.getContainer();
   // Every layer snaps to the new frame: markers would glide there (the cluster animation's
   // CSS transition, if one is under way) while the zones and lines jump.
   c.classList.add('nsa-snap');
   map.fitBounds(dataBounds,{paddingTopLeft:l.tl,paddingBottomRight:l.br,animate:false});
   void c.offsetWidth;  // the new positions are styled while transitions are off
   c.classList.remove('nsa-snap');
   document.body.setAttribute('data-nsa-fit',[l.tl,l.br].join(','));
   limit();
  }
  floor();
  shownLegend=legend?legend.open:null;
  fitting=false;
 }
 map.options.zoomSnap=0.25;
 map.options.maxBoundsViscosity=1.0;
 map.on('movestart zoomstart',function(){if(!fitting){userMoved=true;}});
 if(legend){
  // A fold the reader made (not one of ours) is kept, and the data moves out from under it.
  legend.addEventListener('toggle',function(){
   if(fitting||legend.open===shownLegend){return;}
   userLegend=legend.open; shownLegend=legend.open;
   if(!userMoved){fit();}
  });
 }
 // Leaflet learns the new size first (its own handler waits a frame), then the frame refits.
 window.addEventListener('resize',function(){map.invalidateSize({pan:false});fit();});
 fit();
}
"""


def fit_script(map_name: str, data: Sequence[float], context: Sequence[float]) -> str:
    """The script that frames ``data`` (lon/lat: west, south, east, north) on load, bound to the
    page's map variable; the reader never leaves ``context`` (what the base map covers)."""

    def corners(b: Sequence[float]) -> str:
        return json.dumps([[b[1], b[0]], [b[3], b[2]]])

    call = f"nsaFit({map_name},{corners(data)},{corners(context)});"
    return FIT_JS + "window.addEventListener('load',function(){" + call + "});"
