// State (Quốc hiệu) or Party (ĐẢNG CỘNG SẢN VIỆT NAM): from the header, else from the number shape.
import type { DocumentNumber } from '../schema/record.js';
import type { Ctx } from './context.js';
import { looseKey } from '../normalize/fold.js';

const PARTY_BODY = /\b(?:tinh uy|thanh uy|huyen uy|quan uy|dang uy|dang bo|chi bo|ban thuong vu|ban chap hanh|bo chinh tri|ban bi thu|ban tuyen giao|ban to chuc|ban dan van|uy ban kiem tra|van phong trung uong|ban can su dang|dang doan)\b/;
const STATE_BODY = /^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|so |bo |phong |chi cuc|cuc |tong cuc|trung tam|thu tuong|chinh phu|van phong uy ban)/;

export function extractSystem(ctx: Ctx, number: DocumentNumber | null, issuer: string | null = null): 'state' | 'party' | null {
  const { quocHieu, partyHeading } = ctx.zones;
  if (partyHeading && !quocHieu) return 'party';
  if (quocHieu) return 'state';
  if (number?.system) return number.system;
  // Headerless text whose body names its sender ("…, Phòng Văn hóa và Thông tin đề nghị …"):
  // the sender's kind decides, before words of the cited instruments in the subject do.
  if (issuer) {
    const k = looseKey(issuer);
    if (PARTY_BODY.test(k)) return 'party';
    if (STATE_BODY.test(k)) return 'state';
  }
  // Headerless text: the issuer's words decide (Party committees vs state bodies).
  const head = ctx.norm.folded.slice(0, 3000);
  if (/\b(tinh uy|thanh uy|huyen uy|dang uy|ban thuong vu|bo chinh tri|ban bi thu)\b/.test(head.slice(0, 300))) return 'party';
  if (/\b(uy ban nhan dan|ubnd|so |bo |thu tuong|chinh phu|phong )/.test(head)) return 'state';
  return null;
}
