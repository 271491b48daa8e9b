import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import{a as i}from"./chunk-TEYFSFM5.js";function l(o){let n=new Map,t=new Map;for(let s of o.tandems){let{id:m,mentor:d,mentee:p,goals:g,...a}=s,r=JSON.stringify(a),e=n.get(r);e||(e=i(o,s),n.set(r,e)),t.set(s.id,e)}return t}export{l as a};
