/**
 * Korean and Chinese (Taiwanese, Hong Kong, Singaporean) family names as they are romanised, for the rules that read a
 * name by its family name: some are English words or an organisation's word too (Park, Song, Moon, Han).
 */
export const EAST_ASIAN_FAMILY =
  "Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Yoon|Yun|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Ko|Moon|Yang|Son|Bae|Baek|Heo|Nam|Kwak|Chen|Lin|Wang|Li|Zhang|Liu|Huang|Wu|Zhou|Xu|Zhao|Ye|Yeh|Tsai|Cai|Hsu|Chang|Kuo|Guo|Lai|Cheng|Hsieh|Lo|Luo|Tseng|Chiu|Chou|Liao|Wong|Chan|Leung|Lau|Cheung|Ng|Tan|Goh|Teo|Ong";

export const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set(EAST_ASIAN_FAMILY.split("|"));
